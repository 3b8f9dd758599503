# positive LW006: AttachmentUploaded handler upserts task_attachment (FK to task, cascade) with ON CONFLICT but never checks the task; TaskDeleted can remove it first
"""Project-board projection worker (asyncpg, Redis stream consumer)."""

from __future__ import annotations

import asyncio
import json

import asyncpg
from redis.asyncio import Redis

STREAM, GROUP = "board-events", "projection"


async def on_task_deleted(conn: asyncpg.Connection, event: dict) -> None:
    # task_attachment.task_id REFERENCES task(id) ON DELETE CASCADE
    await conn.execute("DELETE FROM task WHERE id = $1", event["task_id"])


async def on_attachment_uploaded(conn: asyncpg.Connection, event: dict) -> None:
    await conn.execute(
        """
        INSERT INTO task_attachment (id, task_id, filename, size)
        VALUES ($1, $2, $3, $4)
        ON CONFLICT (id) DO UPDATE SET filename = excluded.filename, size = excluded.size
        """,
        event["attachment_id"],
        event["task_id"],
        event["filename"],
        event["size"],
    )


HANDLERS = {"TaskDeleted": on_task_deleted, "AttachmentUploaded": on_attachment_uploaded}


async def run(pool: asyncpg.Pool, redis: Redis, consumer: str) -> None:
    while True:
        batches = await redis.xreadgroup(GROUP, consumer, {STREAM: ">"}, count=50, block=5000)
        for _stream, entries in batches:
            for entry_id, fields in entries:
                event = json.loads(fields[b"data"])
                async with pool.acquire() as conn, conn.transaction():
                    await HANDLERS[event["type"]](conn, event)
                await redis.xack(STREAM, GROUP, entry_id)


if __name__ == "__main__":

    async def main() -> None:
        pool = await asyncpg.create_pool("postgresql://board@db/board")
        await run(pool, Redis(host="redis"), "worker-1")

    asyncio.run(main())
