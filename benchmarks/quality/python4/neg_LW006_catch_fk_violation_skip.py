# negative LW006: the line-item upsert catches the FK violation raised when the order was deleted, logs both ids and skips the child
"""Order read model (asyncpg), fed by the order event stream."""

from __future__ import annotations

import logging

import asyncpg

log = logging.getLogger(__name__)


async def on_order_cancelled(conn: asyncpg.Connection, event: dict) -> None:
    await conn.execute("DELETE FROM orders WHERE id = $1", event["order_id"])


async def on_line_item_changed(conn: asyncpg.Connection, event: dict) -> None:
    try:
        async with conn.transaction():
            await conn.execute(
                "INSERT INTO order_lines (id, order_id, sku, qty) VALUES ($1, $2, $3, $4)"
                " ON CONFLICT (id) DO UPDATE SET sku = excluded.sku, qty = excluded.qty",
                event["line_id"],
                event["order_id"],
                event["sku"],
                event["qty"],
            )
    except asyncpg.ForeignKeyViolationError:
        log.warning(
            "line %s skipped: order %s was cancelled and deleted",
            event["line_id"],
            event["order_id"],
        )
