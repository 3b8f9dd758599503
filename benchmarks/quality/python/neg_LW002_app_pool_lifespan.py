# negative LW002: background writes use the app-wide pool; the lifespan drains the kept tasks before closing the pool
import asyncio
import logging
from contextlib import asynccontextmanager

import asyncpg
from fastapi import FastAPI, Request

logger = logging.getLogger(__name__)
tasks: set[asyncio.Task] = set()


def _done(task: asyncio.Task) -> None:
    tasks.discard(task)
    if not task.cancelled() and task.exception():
        logger.error("search log write failed", exc_info=task.exception())


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.pool = await asyncpg.create_pool("postgresql://app@localhost/search")
    yield
    if tasks:
        await asyncio.wait(tasks, timeout=30)
    await app.state.pool.close()


app = FastAPI(lifespan=lifespan)


@app.get("/search")
async def search(q: str, request: Request) -> dict:
    pool = request.app.state.pool
    rows = await pool.fetch("SELECT id, title FROM docs WHERE title ILIKE $1 LIMIT 10", f"%{q}%")
    task = asyncio.create_task(pool.execute("INSERT INTO search_log (query) VALUES ($1)", q))
    tasks.add(task)
    task.add_done_callback(_done)
    return {"results": [dict(r) for r in rows]}
