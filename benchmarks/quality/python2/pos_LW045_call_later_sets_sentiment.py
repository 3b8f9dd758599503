# positive LW045: a review is stored in the archive, then loop.call_later schedules a callback that sets review.sentiment in memory
import asyncio
from dataclasses import asdict, dataclass

from reviews.sentiment import score


@dataclass
class Review:
    id: str
    text: str
    stars: int
    sentiment: float | None = None


class ReviewArchive:
    def __init__(self, collection) -> None:
        self.collection = collection

    async def store(self, review: Review) -> None:
        await self.collection.insert_one(asdict(review))


async def submit_review(archive: ReviewArchive, review: Review) -> Review:
    await archive.store(review)
    loop = asyncio.get_running_loop()

    def fill_sentiment() -> None:
        review.sentiment = score(review.text)

    loop.call_later(0.1, fill_sentiment)
    return review
