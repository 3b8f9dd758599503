# Negative LW002: the background view counter takes its own connection from the app pool and is tracked by the app.
from __future__ import annotations

import asyncio
import logging

import asyncpg
from aiohttp import web

logger = logging.getLogger(__name__)
routes = web.RouteTableDef()


async def bump_views(pool: asyncpg.Pool, article_id: int) -> None:
    async with pool.acquire() as conn:
        await conn.execute("UPDATE articles SET views = views + 1 WHERE id = $1", article_id)


def _report(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        logger.error("view counter failed", exc_info=task.exception())


@routes.get("/articles/{article_id}")
async def show_article(request: web.Request) -> web.Response:
    pool: asyncpg.Pool = request.app["pool"]
    article_id = int(request.match_info["article_id"])
    row = await pool.fetchrow("SELECT id, title, body FROM articles WHERE id = $1", article_id)
    if row is None:
        raise web.HTTPNotFound()
    task = asyncio.create_task(bump_views(pool, article_id))
    request.app["counter_tasks"].add(task)
    task.add_done_callback(request.app["counter_tasks"].discard)
    task.add_done_callback(_report)
    return web.json_response(dict(row))


async def drain_counters(app: web.Application) -> None:
    await asyncio.gather(*app["counter_tasks"], return_exceptions=True)
    await app["pool"].close()


def create_app(pool: asyncpg.Pool) -> web.Application:
    app = web.Application()
    app["pool"] = pool
    app["counter_tasks"] = set()
    app.on_cleanup.append(drain_counters)
    app.add_routes(routes)
    return app
