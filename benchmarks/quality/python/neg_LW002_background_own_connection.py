# negative LW002: the background write opens and closes its own pooled connection; the task is kept and its failure logged
import asyncio
import logging

import asyncpg
from aiohttp import web

logger = logging.getLogger(__name__)
_pending: set[asyncio.Task] = set()


def _finished(task: asyncio.Task) -> None:
    _pending.discard(task)
    if not task.cancelled() and task.exception() is not None:
        logger.error("event log write failed", exc_info=task.exception())


async def log_event(pool: asyncpg.Pool, kind: str, ref: str) -> None:
    async with pool.acquire() as conn:
        await conn.execute("INSERT INTO events (kind, ref) VALUES ($1, $2)", kind, ref)


async def get_invoice(request: web.Request) -> web.Response:
    pool: asyncpg.Pool = request.app["pool"]
    invoice_id = request.match_info["id"]
    async with pool.acquire() as conn:
        row = await conn.fetchrow("SELECT id, total FROM invoices WHERE id = $1", invoice_id)
    task = asyncio.create_task(log_event(pool, "invoice.viewed", invoice_id))
    _pending.add(task)
    task.add_done_callback(_finished)
    return web.json_response({"id": row["id"], "total": row["total"]})
