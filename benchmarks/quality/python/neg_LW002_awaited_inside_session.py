# negative LW002: the fixed form, track_view is awaited while the session is still open
from fastapi import FastAPI
from library.models import Author
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

engine = create_async_engine("postgresql+asyncpg://app@localhost/library")
Session = async_sessionmaker(engine, expire_on_commit=False)
app = FastAPI()


async def track_view(session: AsyncSession, key: str) -> None:
    await session.execute(
        update(Author).where(Author.key == key).values(view_count=Author.view_count + 1)
    )
    await session.commit()


@app.get("/authors/{key}")
async def author_details(key: str) -> dict:
    async with Session() as session:
        author = await session.get(Author, key)
        await track_view(session, key)
    return author.to_dict()
