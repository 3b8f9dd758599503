# positive LW005: RabbitMQ consumer acks the message first and only then starts the write in a background task
"""Telemetry consumer (aio-pika + Motor)."""

from __future__ import annotations

import asyncio
import json
import logging

import aio_pika
from motor.motor_asyncio import AsyncIOMotorClient

log = logging.getLogger(__name__)
mongo = AsyncIOMotorClient("mongodb://mongo")
readings = mongo.telemetry.readings
_tasks: set[asyncio.Task] = set()


async def store_reading(doc: dict) -> None:
    await readings.insert_one(doc)


async def on_message(message: aio_pika.abc.AbstractIncomingMessage) -> None:
    doc = json.loads(message.body)
    await message.ack()
    task = asyncio.create_task(store_reading(doc))
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)


async def main() -> None:
    connection = await aio_pika.connect_robust("amqp://guest:guest@rabbit/")
    channel = await connection.channel()
    await channel.set_qos(prefetch_count=100)
    queue = await channel.declare_queue("telemetry", durable=True)
    await queue.consume(on_message)
    await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
