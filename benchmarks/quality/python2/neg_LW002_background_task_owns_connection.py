# negative LW002: the background write acquires its own connection from the pool inside the task; the pool closes only after draining
import asyncio
import logging

import asyncpg
from fastapi import FastAPI

log = logging.getLogger(__name__)
app = FastAPI()
pending: set[asyncio.Task] = set()


async def record_search(pool: asyncpg.Pool, query: str) -> None:
    async with pool.acquire() as conn:  # the task's own connection, released by the task
        await conn.execute("INSERT INTO searches (query) VALUES ($1)", query)


def _done(task: asyncio.Task) -> None:
    pending.discard(task)
    if not task.cancelled() and task.exception():
        log.error("search log write failed", exc_info=task.exception())


@app.get("/search")
async def search(q: str) -> dict:
    pool: asyncpg.Pool = app.state.pool
    async with pool.acquire() as conn:
        rows = await conn.fetch(
            "SELECT id, title FROM docs WHERE title ILIKE $1 LIMIT 20", f"%{q}%"
        )
    task = asyncio.create_task(record_search(pool, q))
    pending.add(task)
    task.add_done_callback(_done)
    return {"results": [dict(r) for r in rows]}


@app.on_event("shutdown")
async def close_pool() -> None:
    if pending:
        await asyncio.wait(pending, timeout=10)
    await app.state.pool.close()
