# negative LW004: a failed projection write dead-letters the payload (awaited) with the error, and the message is rejected, not acked as done
"""Order projection consumer (aio-pika + asyncpg)."""

from __future__ import annotations

import json
import logging

import aio_pika
import asyncpg

log = logging.getLogger(__name__)


async def project(pool: asyncpg.Pool, order: dict) -> None:
    async with pool.acquire() as conn:
        await conn.execute(
            "INSERT INTO order_view (id, customer, total) VALUES ($1, $2, $3)"
            " ON CONFLICT (id) DO UPDATE SET customer = excluded.customer, total = excluded.total",
            order["id"],
            order["customer"],
            order["total"],
        )


async def dead_letter(pool: asyncpg.Pool, body: bytes, error: str) -> None:
    async with pool.acquire() as conn:
        await conn.execute(
            "INSERT INTO dead_letters (queue, body, error) VALUES ('orders', $1, $2)", body, error
        )


async def on_message(pool: asyncpg.Pool, message: aio_pika.abc.AbstractIncomingMessage) -> None:
    order = json.loads(message.body)
    try:
        await project(pool, order)
    except asyncpg.PostgresError as exc:
        log.error("order %s not projected, dead-lettered: %s", order["id"], exc)
        await dead_letter(pool, message.body, repr(exc))
        await message.reject(requeue=False)
        return
    await message.ack()
