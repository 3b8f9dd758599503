# negative LW006: the aiosqlite step projector fetches the run row first and returns when it no longer exists
import logging

import aiosqlite

logger = logging.getLogger(__name__)


async def run_deleted(db: aiosqlite.Connection, event: dict) -> None:
    await db.execute("DELETE FROM runs WHERE id = ?", (event["run_id"],))
    await db.commit()


async def step_finished(db: aiosqlite.Connection, event: dict) -> None:
    async with db.execute("SELECT 1 FROM runs WHERE id = ?", (event["run_id"],)) as cur:
        if await cur.fetchone() is None:
            logger.warning("run %s deleted; step %s ignored", event["run_id"], event["step_id"])
            return
    await db.execute(
        "INSERT OR REPLACE INTO steps (id, run_id, status) VALUES (?, ?, ?)",
        (event["step_id"], event["run_id"], event["status"]),
    )
    await db.commit()
