# positive LW002: log_event(conn, ...) is spawned inside `async with pool.acquire() as conn`, which releases conn on exit
# ruff: noqa: RUF006
import asyncio
import json

import asyncpg
from aiohttp import web


async def log_event(conn: asyncpg.Connection, kind: str, ref: str) -> None:
    await conn.execute("INSERT INTO events (kind, ref) VALUES ($1, $2)", kind, ref)


async def get_invoice(request: web.Request) -> web.Response:
    pool: asyncpg.Pool = request.app["pool"]
    invoice_id = request.match_info["id"]
    async with pool.acquire() as conn:
        row = await conn.fetchrow("SELECT * FROM invoices WHERE id = $1", invoice_id)
        asyncio.create_task(log_event(conn, "invoice.viewed", invoice_id))
    return web.json_response(dict(row), dumps=lambda o: json.dumps(o, default=str))
