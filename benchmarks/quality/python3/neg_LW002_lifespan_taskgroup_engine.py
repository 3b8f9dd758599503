# Negative LW002: writes run on the app-lifetime engine under a lifespan TaskGroup; the engine is disposed only after the group ends.
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine


class Outbox:
    def __init__(self, engine: AsyncEngine, tg: asyncio.TaskGroup) -> None:
        self.engine = engine
        self.tg = tg

    async def _write(self, topic: str, body: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                text("INSERT INTO outbox (topic, body) VALUES (:t, :b)"), {"t": topic, "b": body}
            )

    def publish(self, topic: str, body: str) -> None:
        self.tg.create_task(self._write(topic, body))


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    engine = create_async_engine("postgresql+asyncpg://localhost/shop")
    try:
        async with asyncio.TaskGroup() as tg:
            app.state.outbox = Outbox(engine, tg)
            yield
    finally:
        await engine.dispose()


app = FastAPI(lifespan=lifespan)
