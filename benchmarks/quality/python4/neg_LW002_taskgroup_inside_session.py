# negative LW002: TaskGroup nested inside `async with session`, so every write finishes before the session closes
"""Tag sync (SQLAlchemy async Core): writes tags for a batch of posts concurrently."""

from __future__ import annotations

import asyncio

from blog.schema import post_tags
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine


async def write_tags(conn: AsyncConnection, post_id: int, tags: list[str]) -> None:
    await conn.execute(insert(post_tags), [{"post_id": post_id, "tag": t} for t in tags])


async def sync_tags(engine: AsyncEngine, batch: dict[int, list[str]]) -> None:
    async with engine.begin() as conn:
        async with asyncio.TaskGroup() as tg:
            for post_id, tags in batch.items():
                tg.create_task(write_tags(conn, post_id, tags))
