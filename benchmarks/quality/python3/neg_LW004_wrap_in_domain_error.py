# Negative LW004: review service translates the driver error into a domain error, chained, for the caller to handle.
from datetime import UTC, datetime

from motor.motor_asyncio import AsyncIOMotorCollection
from pymongo.errors import PyMongoError


class ReviewNotSaved(RuntimeError):
    pass


class ReviewService:
    def __init__(self, reviews: AsyncIOMotorCollection) -> None:
        self.reviews = reviews

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
            result = await self.reviews.insert_one(review)
        except PyMongoError as exc:
            raise ReviewNotSaved(f"review by {author} for {product_id} not saved") from exc
        review["_id"] = result.inserted_id
        return review
