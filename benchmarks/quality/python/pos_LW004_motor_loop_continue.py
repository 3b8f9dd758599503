# positive LW004: a consumer loop catches PyMongoError on insert_one, logs a warning and moves on to the next message
import logging

from motor.motor_asyncio import AsyncIOMotorCollection
from pymongo.errors import PyMongoError

log = logging.getLogger("consumer")


async def consume(queue, orders: AsyncIOMotorCollection) -> None:
    async for message in queue:
        order = message.json()
        try:
            await orders.insert_one(order)
        except PyMongoError as exc:
            log.warning("insert failed for %s: %s", order.get("id"), exc)
            continue
        await message.ack()
