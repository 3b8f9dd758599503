# Negative LW004: on a failed write the consumer logs and nacks the message for redelivery instead of acking it.
from __future__ import annotations

import json
import logging

import aio_pika
import asyncpg

logger = logging.getLogger("shipments.consumer")


async def store_tracking(pool: asyncpg.Pool, event: dict[str, str]) -> None:
    await pool.execute(
        "INSERT INTO tracking_events (shipment_id, status, at) VALUES ($1, $2, $3)",
        event["shipment_id"],
        event["status"],
        event["at"],
    )


async def on_message(pool: asyncpg.Pool, message: aio_pika.abc.AbstractIncomingMessage) -> None:
    event = json.loads(message.body)
    try:
        await store_tracking(pool, event)
    except asyncpg.PostgresError:
        logger.exception("tracking event for %s not stored; requeueing", event["shipment_id"])
        await message.nack(requeue=True)
        return
    await message.ack()
