# negative LW005: the message is acked by `message.process()` only after the awaited insert_one succeeds
"""Telemetry consumer (aio-pika + Motor)."""

from __future__ import annotations

import asyncio
import json

import aio_pika
from motor.motor_asyncio import AsyncIOMotorClient

mongo = AsyncIOMotorClient("mongodb://mongo")
readings = mongo.telemetry.readings


async def on_message(message: aio_pika.abc.AbstractIncomingMessage) -> None:
    async with message.process(requeue=True):
        doc = json.loads(message.body)
        await readings.insert_one(doc)


async def main() -> None:
    connection = await aio_pika.connect_robust("amqp://guest:guest@rabbit/")
    channel = await connection.channel()
    await channel.set_qos(prefetch_count=100)
    queue = await channel.declare_queue("telemetry", durable=True)
    await queue.consume(on_message)
    await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
