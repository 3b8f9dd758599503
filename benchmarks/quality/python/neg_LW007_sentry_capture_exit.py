# negative LW007: the failure is reported to Sentry with the batch id before the worker exits
import sys

import sentry_sdk
from motor.motor_asyncio import AsyncIOMotorCollection
from pymongo.errors import BulkWriteError


async def upsert_prices(prices: AsyncIOMotorCollection, batch_id: str, ops: list) -> None:
    try:
        await prices.bulk_write(ops, ordered=False)
    except BulkWriteError as exc:
        with sentry_sdk.new_scope() as scope:
            scope.set_tag("batch_id", batch_id)
            sentry_sdk.capture_exception(exc)
        sentry_sdk.flush(timeout=5)
        sys.exit(1)
