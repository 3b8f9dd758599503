# positive LW002: middleware opens a per-request aiosqlite connection and closes it after call_next; the endpoint's view write runs in a task on it
"""Wiki (Starlette + aiosqlite), one connection per request."""

import asyncio

import aiosqlite
from starlette.applications import Starlette
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

WIKI_DB = "wiki.db"


class DbPerRequest(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        request.state.db = await aiosqlite.connect(WIKI_DB)
        try:
            return await call_next(request)
        finally:
            await request.state.db.close()


async def bump_page_views(db: aiosqlite.Connection, slug: str) -> None:
    await db.execute("UPDATE pages SET views = views + 1 WHERE slug = ?", (slug,))
    await db.commit()


async def page(request: Request) -> HTMLResponse:
    db: aiosqlite.Connection = request.state.db
    slug = request.path_params["slug"]
    async with db.execute("SELECT html FROM pages WHERE slug = ?", (slug,)) as cur:
        row = await cur.fetchone()
    if row is None:
        return HTMLResponse("not found", status_code=404)
    request.app.state.bg = asyncio.create_task(bump_page_views(db, slug))
    return HTMLResponse(row[0])


app = Starlette(routes=[Route("/wiki/{slug}", page)])
app.add_middleware(DbPerRequest)
