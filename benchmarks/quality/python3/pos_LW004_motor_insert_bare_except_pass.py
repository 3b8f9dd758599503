# Positive LW004: review service drops any insert failure with a bare `except: pass`.
from datetime import UTC, datetime

from motor.motor_asyncio import AsyncIOMotorCollection


class ReviewService:
    def __init__(self, reviews: AsyncIOMotorCollection) -> None:
        self.reviews = reviews

    async def average(self, product_id: str) -> float:
        pipeline = [
            {"$match": {"product_id": product_id}},
            {"$group": {"_id": None, "avg": {"$avg": "$stars"}}},
        ]
        async for doc in self.reviews.aggregate(pipeline):
            return float(doc["avg"])
        return 0.0

    async def submit(
        self, product_id: str, author: str, stars: int, text: str
    ) -> dict[str, object]:
        review = {
            "product_id": product_id,
            "author": author,
            "stars": max(1, min(stars, 5)),
            "text": text.strip(),
            "created_at": datetime.now(UTC),
        }
        try:
            await self.reviews.insert_one(review)
        except:  # noqa: E722
            pass
        return review
