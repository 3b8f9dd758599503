# negative LW004: fixed form, the review save failure is logged with the traceback and re-raised, so the route answers 5xx
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


class ReviewService:
    def __init__(self, repo: ReviewRepository) -> None:
        self.repo = repo

    async def submit(self, product_id: str, body: ReviewIn) -> str:
        review = Review(product_id=product_id, **body.model_dump())
        try:
            saved = await self.repo.save(review)
        except Exception:
            logger.exception("could not store review for %s", product_id)
            raise
        return str(saved.id)


service = ReviewService(ReviewRepository())


@router.post("/products/{product_id}/reviews", status_code=201)
async def post_review(product_id: str, body: ReviewIn) -> dict[str, str]:
    return {"review": await service.submit(product_id, body)}
