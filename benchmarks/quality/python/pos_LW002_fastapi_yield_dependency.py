# positive LW002: the route spawns a write on the request-scoped session that the yield dependency closes in its finally
# ruff: noqa: B008, RUF006
import asyncio
from collections.abc import AsyncIterator

from fastapi import Depends, FastAPI
from shop.db import SessionLocal
from shop.models import ProductView
from sqlalchemy.ext.asyncio import AsyncSession

app = FastAPI()


async def get_session() -> AsyncIterator[AsyncSession]:
    session = SessionLocal()
    try:
        yield session
    finally:
        await session.close()


async def remember_view(session: AsyncSession, sku: str) -> None:
    session.add(ProductView(sku=sku))
    await session.commit()


@app.get("/products/{sku}")
async def product(sku: str, session: AsyncSession = Depends(get_session)) -> dict:
    asyncio.create_task(remember_view(session, sku))
    return {"sku": sku}
