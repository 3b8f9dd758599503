# negative LW006: the attachment upsert is a single INSERT ... SELECT ... WHERE EXISTS (parent task), so a deleted task yields zero rows instead of an FK error
"""Project-board projection worker (asyncpg)."""

from __future__ import annotations

import logging

import asyncpg

log = logging.getLogger(__name__)


async def on_task_deleted(conn: asyncpg.Connection, event: dict) -> None:
    await conn.execute("DELETE FROM task WHERE id = $1", event["task_id"])


async def on_attachment_uploaded(conn: asyncpg.Connection, event: dict) -> None:
    status = await conn.execute(
        """
        INSERT INTO task_attachment (id, task_id, filename, size)
        SELECT $1, $2, $3, $4
        WHERE EXISTS (SELECT 1 FROM task WHERE id = $2)
        ON CONFLICT (id) DO UPDATE SET filename = excluded.filename, size = excluded.size
        """,
        event["attachment_id"],
        event["task_id"],
        event["filename"],
        event["size"],
    )
    if status.endswith(" 0"):
        log.warning(
            "attachment %s skipped: task %s no longer exists",
            event["attachment_id"],
            event["task_id"],
        )


HANDLERS = {"TaskDeleted": on_task_deleted, "AttachmentUploaded": on_attachment_uploaded}


async def handle(pool: asyncpg.Pool, event: dict) -> None:
    async with pool.acquire() as conn, conn.transaction():
        await HANDLERS[event["type"]](conn, event)
