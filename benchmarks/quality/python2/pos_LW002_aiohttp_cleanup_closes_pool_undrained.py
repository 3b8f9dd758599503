# positive LW002: handlers keep their background writes in a set, but the on_cleanup hook closes the pool without waiting for them
import asyncio

import asyncpg
from aiohttp import web


async def save_click(pool: asyncpg.Pool, campaign: str, url: str) -> None:
    await pool.execute("INSERT INTO clicks (campaign, url) VALUES ($1, $2)", campaign, url)


async def redirect(request: web.Request) -> web.Response:
    campaign = request.match_info["campaign"]
    target = request.query.get("to", "/")
    task = asyncio.create_task(save_click(request.app["pool"], campaign, target))
    request.app["writes"].add(task)
    task.add_done_callback(request.app["writes"].discard)
    raise web.HTTPFound(target)


async def open_pool(app: web.Application) -> None:
    app["pool"] = await asyncpg.create_pool("postgresql://app@db/app")
    app["writes"] = set()


async def close_pool(app: web.Application) -> None:
    await app["pool"].close()  # pending save_click tasks are still queued on it


def build() -> web.Application:
    app = web.Application()
    app.router.add_get("/r/{campaign}", redirect)
    app.on_startup.append(open_pool)
    app.on_cleanup.append(close_pool)
    return app
