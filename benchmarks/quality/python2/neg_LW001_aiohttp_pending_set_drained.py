# negative LW001: aiohttp app keeps audit-write tasks in app["pending"] with a logging callback and drains them on cleanup
import asyncio
import logging

from aiohttp import web

log = logging.getLogger(__name__)


def _track(app: web.Application, task: asyncio.Task) -> None:
    app["pending"].add(task)

    def done(t: asyncio.Task) -> None:
        app["pending"].discard(t)
        if not t.cancelled() and t.exception() is not None:
            log.error("audit write failed", exc_info=t.exception())

    task.add_done_callback(done)


async def write_audit(pool, user: str, action: str) -> None:
    async with pool.acquire() as conn:
        await conn.execute("INSERT INTO audit (username, action) VALUES ($1, $2)", user, action)


async def delete_user(request: web.Request) -> web.Response:
    user = request.match_info["user"]
    await request.app["pool"].execute("DELETE FROM users WHERE name = $1", user)
    _track(request.app, asyncio.create_task(write_audit(request.app["pool"], user, "delete")))
    return web.json_response({"deleted": user})


async def drain_pending(app: web.Application) -> None:
    if app["pending"]:
        await asyncio.wait(app["pending"], timeout=15)
    await app["pool"].close()


def make_app(pool) -> web.Application:
    app = web.Application()
    app["pool"] = pool
    app["pending"] = set()
    app.router.add_delete("/users/{user}", delete_user)
    app.on_cleanup.append(drain_pending)
    return app
