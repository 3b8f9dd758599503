# negative LW001: background view counter kept in a module-level set with a done-callback that logs failures at ERROR
"""Article views (FastAPI): counting views must not slow the page down."""

from __future__ import annotations

import asyncio
import logging

from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

logger = logging.getLogger(__name__)
engine = create_async_engine("postgresql+asyncpg://news@db/news")
_pending: set[asyncio.Task[None]] = set()


def _on_done(task: asyncio.Task[None]) -> None:
    _pending.discard(task)
    if task.cancelled():
        logger.error("view counter task %s was cancelled", task.get_name())
        return
    exc = task.exception()
    if exc is not None:
        logger.error("view counter failed", exc_info=exc)


async def count_view(slug: str) -> None:
    async with engine.begin() as conn:
        await conn.execute(
            text("UPDATE articles SET views = views + 1 WHERE slug = :slug"), {"slug": slug}
        )


async def drain(timeout: float = 10.0) -> None:
    if _pending:
        await asyncio.wait(_pending, timeout=timeout)


app = FastAPI(on_shutdown=[drain])


@app.get("/articles/{slug}")
async def read_article(slug: str) -> dict[str, str]:
    task = asyncio.create_task(count_view(slug), name=f"views:{slug}")
    _pending.add(task)
    task.add_done_callback(_on_done)
    return {"slug": slug}
