# negative LW004: only the idempotency-key unique violation is absorbed (the row already exists, so the data is stored); any other error re-raises
"""Webhook intake (asyncpg): providers redeliver, so each delivery id is stored once."""

from __future__ import annotations

import json
import logging

import asyncpg

log = logging.getLogger(__name__)


async def store_delivery(conn: asyncpg.Connection, delivery_id: str, payload: dict) -> bool:
    """Store a delivery; return True when it is new, False when it was stored before."""
    try:
        await conn.execute(
            "INSERT INTO webhook_deliveries (delivery_id, payload) VALUES ($1, $2)",
            delivery_id,
            json.dumps(payload),
        )
    except asyncpg.UniqueViolationError as exc:
        if exc.constraint_name != "webhook_deliveries_delivery_id_key":
            raise
        log.info("delivery %s already stored, skipping duplicate", delivery_id)
        return False
    return True
