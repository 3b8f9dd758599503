# positive LW007: an async ingester calls os._exit(70) when a Motor bulk_write fails, nothing logged
import os

from motor.motor_asyncio import AsyncIOMotorCollection
from pymongo import UpdateOne
from pymongo.errors import BulkWriteError


async def upsert_prices(prices: AsyncIOMotorCollection, quotes: list[dict]) -> None:
    ops = [UpdateOne({"symbol": q["symbol"]}, {"$set": q}, upsert=True) for q in quotes]
    try:
        await prices.bulk_write(ops, ordered=False)
    except BulkWriteError:
        os._exit(70)
