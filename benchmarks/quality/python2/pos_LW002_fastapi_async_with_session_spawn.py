# positive LW002: a write task is spawned on an AsyncSession inside `async with`, and the block closes the session before it runs
import asyncio

from app.models import Author, AuthorView
from fastapi import FastAPI, HTTPException
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

engine = create_async_engine("postgresql+asyncpg://app@db/app")
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)
app = FastAPI()


async def record_view(session: AsyncSession, author_key: str) -> None:
    await session.execute(insert(AuthorView).values(author_key=author_key))
    await session.commit()


@app.get("/authors/{author_key}")
async def author_details(author_key: str) -> dict:
    async with SessionLocal() as session:
        author = await session.get(Author, author_key)
        if author is None:
            raise HTTPException(404)
        views = asyncio.create_task(record_view(session, author_key))
        app.state.view_tasks.add(views)
        views.add_done_callback(app.state.view_tasks.discard)
    return {"key": author.key, "name": author.name}
