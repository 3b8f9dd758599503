# Negative LW001: catalog sync runs Motor updates concurrently and gathers them before returning.
from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import TypedDict

from motor.motor_asyncio import AsyncIOMotorDatabase

logger = logging.getLogger(__name__)


class PriceChange(TypedDict):
    sku: str
    price_cents: int


class CatalogSync:
    def __init__(self, db: AsyncIOMotorDatabase) -> None:
        self.products = db["products"]

    async def _apply(self, change: PriceChange) -> None:
        await self.products.update_one(
            {"sku": change["sku"]},
            {"$set": {"price_cents": change["price_cents"], "updated_at": datetime.now(UTC)}},
        )

    async def apply_all(self, changes: list[PriceChange]) -> int:
        tasks = [asyncio.create_task(self._apply(c)) for c in changes]
        results = await asyncio.gather(*tasks, return_exceptions=True)
        failures = [r for r in results if isinstance(r, BaseException)]
        if failures:
            raise ExceptionGroup("catalog price sync failed", failures)
        logger.info("applied %d price changes", len(changes))
        return len(changes)
