# negative LW001: create_task of an in-process cache warm-up that only reads from the database
# ruff: noqa: RUF006
import asyncio
import logging

import asyncpg

logger = logging.getLogger(__name__)


class PriceCache:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool
        self.prices: dict[str, int] = {}

    async def _warm(self) -> None:
        rows = await self.pool.fetch("SELECT sku, price_cents FROM prices")
        self.prices = {r["sku"]: r["price_cents"] for r in rows}
        logger.info("price cache warmed with %d entries", len(self.prices))

    def start(self) -> None:
        asyncio.create_task(self._warm())
