# positive LW045: after session.commit() the sentiment is computed in an executor and set on a detached dict, never re-saved
import asyncio

from reviews.models import reviews
from reviews.nlp import score_sentiment
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession


def attach_sentiment(review: dict) -> None:
    review["sentiment"] = score_sentiment(review["body"])


async def save_review(session: AsyncSession, review: dict) -> dict:
    await session.execute(insert(reviews).values(**review))
    await session.commit()
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, attach_sentiment, review)
    return review
