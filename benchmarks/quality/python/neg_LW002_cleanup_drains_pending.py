# negative LW002: handlers keep their background writes; the aiohttp cleanup hook drains them before closing the pool
import asyncio
import logging

import asyncpg
from aiohttp import web

logger = logging.getLogger(__name__)


async def record_hit(pool: asyncpg.Pool, path: str) -> None:
    await pool.execute("INSERT INTO hits (path) VALUES ($1)", path)


async def index(request: web.Request) -> web.Response:
    task = asyncio.create_task(record_hit(request.app["pool"], request.path))
    request.app["pending"].add(task)
    task.add_done_callback(request.app["pending"].discard)
    return web.Response(text="hello")


async def open_pool(app: web.Application) -> None:
    app["pool"] = await asyncpg.create_pool("postgresql://app@localhost/site")
    app["pending"] = set()


async def close_pool(app: web.Application) -> None:
    results = await asyncio.gather(*app["pending"], return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            logger.error("hit write failed", exc_info=result)
    await app["pool"].close()


app = web.Application()
app.router.add_get("/", index)
app.on_startup.append(open_pool)
app.on_cleanup.append(close_pool)
