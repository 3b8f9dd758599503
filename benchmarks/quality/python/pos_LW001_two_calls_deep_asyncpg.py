# positive LW001: create_task(record_view(...)) where record_view -> _write_view -> conn.execute(INSERT), two calls deep
# ruff: noqa: RUF006
import asyncio

import asyncpg
from starlette.requests import Request
from starlette.responses import JSONResponse


async def _write_view(pool: asyncpg.Pool, article_id: int, reader: str) -> None:
    async with pool.acquire() as conn:
        await conn.execute(
            "INSERT INTO article_views (article_id, reader) VALUES ($1, $2)", article_id, reader
        )


async def record_view(pool: asyncpg.Pool, article_id: int, reader: str) -> None:
    await _write_view(pool, article_id, reader)


async def article(request: Request) -> JSONResponse:
    pool = request.app.state.pool
    article_id = int(request.path_params["id"])
    row = await pool.fetchrow("SELECT id, title, body FROM articles WHERE id = $1", article_id)
    asyncio.create_task(record_view(pool, article_id, request.client.host))
    return JSONResponse(dict(row))
