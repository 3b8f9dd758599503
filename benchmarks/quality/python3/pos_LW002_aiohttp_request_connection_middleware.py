# Positive LW002: aiohttp middleware releases the request's connection after the handler while a view-count task still uses it.
from __future__ import annotations

import asyncio

import asyncpg
from aiohttp import web

routes = web.RouteTableDef()


@web.middleware
async def db_connection(request: web.Request, handler):
    pool: asyncpg.Pool = request.app["pool"]
    conn = await pool.acquire()
    request["conn"] = conn
    try:
        return await handler(request)
    finally:
        await pool.release(conn)


async def bump_views(conn: asyncpg.Connection, article_id: int) -> None:
    await conn.execute("UPDATE articles SET views = views + 1 WHERE id = $1", article_id)


@routes.get("/articles/{article_id}")
async def show_article(request: web.Request) -> web.Response:
    conn: asyncpg.Connection = request["conn"]
    article_id = int(request.match_info["article_id"])
    row = await conn.fetchrow("SELECT id, title, body FROM articles WHERE id = $1", article_id)
    if row is None:
        raise web.HTTPNotFound()
    asyncio.create_task(bump_views(conn, article_id))
    return web.json_response(dict(row))


def create_app(pool: asyncpg.Pool) -> web.Application:
    app = web.Application(middlewares=[db_connection])
    app["pool"] = pool
    app.add_routes(routes)
    return app
