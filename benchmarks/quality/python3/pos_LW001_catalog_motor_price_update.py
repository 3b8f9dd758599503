# Positive LW001: catalog sync helper fires a Motor update_one in a task held only by a local name.
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
    currency: str


class CatalogSync:
    def __init__(self, db: AsyncIOMotorDatabase) -> None:
        self.products = db["products"]
        self.stats = {"seen": 0, "changed": 0}

    async def current_price(self, sku: str) -> int | None:
        doc = await self.products.find_one({"sku": sku}, {"price_cents": 1})
        return None if doc is None else int(doc["price_cents"])

    async def apply(self, change: PriceChange) -> None:
        self.stats["seen"] += 1
        if await self.current_price(change["sku"]) == change["price_cents"]:
            return
        self.stats["changed"] += 1
        pending = asyncio.create_task(
            self.products.update_one(
                {"sku": change["sku"]},
                {"$set": {"price_cents": change["price_cents"], "updated_at": datetime.now(UTC)}},
            )
        )
        logger.info("price change queued for %s (%s)", change["sku"], pending.get_name())

    async def apply_all(self, changes: list[PriceChange]) -> dict[str, int]:
        for change in changes:
            await self.apply(change)
        return self.stats
