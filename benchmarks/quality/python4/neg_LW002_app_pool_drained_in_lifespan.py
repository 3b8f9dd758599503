# negative LW002: background writes use the app-lifetime pool, and the lifespan drains them before closing the pool
"""Click tracking (FastAPI lifespan + asyncpg pool)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

log = logging.getLogger(__name__)


class Clicks:
    def __init__(self) -> None:
        self.pool: asyncpg.Pool | None = None
        self.tasks: set[asyncio.Task[None]] = set()

    async def _write(self, link_id: str, referer: str | None) -> None:
        assert self.pool is not None
        async with self.pool.acquire() as conn:
            await conn.execute(
                "INSERT INTO clicks (link_id, referer) VALUES ($1, $2)", link_id, referer
            )

    def track(self, link_id: str, referer: str | None) -> None:
        task = asyncio.create_task(self._write(link_id, referer))
        self.tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self.tasks.discard(task)
        if not task.cancelled() and task.exception():
            log.error("click write failed", exc_info=task.exception())

    async def drain(self) -> None:
        await asyncio.gather(*self.tasks, return_exceptions=True)


clicks = Clicks()


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    clicks.pool = await asyncpg.create_pool("postgresql://links@db/links")
    yield
    await clicks.drain()
    await clicks.pool.close()


app = FastAPI(lifespan=lifespan)


@app.get("/l/{link_id}")
async def follow(link_id: str, request: Request) -> RedirectResponse:
    target = await app.state.links.resolve(link_id)
    clicks.track(link_id, request.headers.get("referer"))
    return RedirectResponse(target)
