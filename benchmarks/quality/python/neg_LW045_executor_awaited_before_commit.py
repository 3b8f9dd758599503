# negative LW045: the sentiment runs in an executor and is awaited; it is set before the INSERT and commit
import asyncio

from reviews.models import reviews
from reviews.nlp import score_sentiment
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession


async def save_review(session: AsyncSession, review: dict) -> dict:
    loop = asyncio.get_running_loop()
    review["sentiment"] = await loop.run_in_executor(None, score_sentiment, review["body"])
    await session.execute(insert(reviews).values(**review))
    await session.commit()
    return review
