# positive LW005: a Litestar handler returns a Response whose BackgroundTask inserts the review, so 201 precedes the write
from uuid import uuid4

from litestar import Litestar, Response, post
from litestar.background_tasks import BackgroundTask
from reviews.db import sessions
from reviews.models import Review
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import async_sessionmaker


async def store_review(sessions: async_sessionmaker, review: dict) -> None:
    async with sessions() as session, session.begin():
        await session.execute(insert(Review).values(**review))


@post("/products/{sku:str}/reviews")
async def add_review(sku: str, data: dict) -> Response[dict]:
    review = {"id": str(uuid4()), "sku": sku, "stars": data["stars"], "text": data.get("text", "")}
    return Response(
        {"id": review["id"]},
        status_code=201,
        background=BackgroundTask(store_review, sessions, review),
    )


app = Litestar([add_review])
