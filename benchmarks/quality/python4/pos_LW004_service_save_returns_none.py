# positive LW004: `ReviewService.submit` catches the repository save failure, logs a warning and returns None; the route answers 201 anyway
"""Product reviews (FastAPI + Beanie)."""

from __future__ import annotations

import logging

from beanie import Document
from fastapi import APIRouter
from pydantic import BaseModel

logger = logging.getLogger(__name__)
router = APIRouter()


class Review(Document):
    product_id: str
    author: str
    stars: int
    text: str


class ReviewIn(BaseModel):
    author: str
    stars: int
    text: str


class ReviewRepository:
    async def save(self, review: Review) -> Review:
        return await review.insert()

    async def for_product(self, product_id: str) -> list[Review]:
        return await Review.find(Review.product_id == product_id).to_list()


class ReviewService:
    def __init__(self, repo: ReviewRepository) -> None:
        self.repo = repo

    async def submit(self, product_id: str, body: ReviewIn) -> str | None:
        review = Review(product_id=product_id, **body.model_dump())
        try:
            saved = await self.repo.save(review)
        except Exception as exc:
            logger.warning("could not store review for %s: %s", product_id, exc)
            return None
        return str(saved.id)


service = ReviewService(ReviewRepository())


@router.post("/products/{product_id}/reviews", status_code=201)
async def post_review(product_id: str, body: ReviewIn) -> dict[str, str | None]:
    review_id = await service.submit(product_id, body)
    return {"review": review_id, "status": "thanks for your review"}
