# negative LW005: a Litestar handler awaits repo.add and the session commit before returning the created review
from litestar import Litestar, post
from reviews.models import Review
from sqlalchemy.ext.asyncio import AsyncSession


@post("/reviews")
async def create_review(data: dict, db_session: AsyncSession) -> dict:
    review = Review(**data)
    db_session.add(review)
    await db_session.commit()
    return {"id": review.id, "status": "created"}


app = Litestar(route_handlers=[create_review])
