# negative LW002: aiohttp cleanup awaits every pending write (TaskKeeper.drain) before the pool is closed
import asyncpg
from aiohttp import web

from lostwrite.guard import TaskKeeper


async def save_click(pool: asyncpg.Pool, campaign: str, url: str) -> None:
    await pool.execute("INSERT INTO clicks (campaign, url) VALUES ($1, $2)", campaign, url)


async def redirect(request: web.Request) -> web.Response:
    campaign = request.match_info["campaign"]
    target = request.query.get("to", "/")
    request.app["keeper"].spawn(save_click(request.app["pool"], campaign, target))
    raise web.HTTPFound(target)


async def open_pool(app: web.Application) -> None:
    app["pool"] = await asyncpg.create_pool("postgresql://app@db/app")
    app["keeper"] = TaskKeeper()


async def close_pool(app: web.Application) -> None:
    await app["keeper"].drain(timeout=20)
    await app["pool"].close()


def build() -> web.Application:
    app = web.Application()
    app.router.add_get("/r/{campaign}", redirect)
    app.on_startup.append(open_pool)
    app.on_cleanup.append(close_pool)
    return app
