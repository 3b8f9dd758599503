# negative LW004: a failed insert keeps the data: the payload and error are written (awaited) to a dead-letter collection
import datetime as dt
import logging

from motor.motor_asyncio import AsyncIOMotorDatabase
from pymongo.errors import PyMongoError

logger = logging.getLogger(__name__)


async def store_event(db: AsyncIOMotorDatabase, event: dict) -> None:
    try:
        await db.events.insert_one(event)
    except PyMongoError as exc:
        logger.exception("event %s not stored, dead-lettered", event.get("id"))
        await db.dead_letters.insert_one(
            {"payload": event, "error": repr(exc), "at": dt.datetime.now(dt.UTC)}
        )
