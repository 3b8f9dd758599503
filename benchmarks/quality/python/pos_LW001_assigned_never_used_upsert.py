# positive LW001: task = asyncio.create_task(store.upsert(doc)) is assigned and never used again
# ruff: noqa: F841, RUF006
import asyncio
import logging

from catalog.store import ProductStore

logger = logging.getLogger(__name__)


async def import_product(store: ProductStore, raw: dict) -> str:
    doc = {"sku": raw["sku"].strip(), "name": raw["title"], "price_cents": int(raw["price"] * 100)}
    task = asyncio.create_task(store.upsert(doc))
    logger.info("imported %s", doc["sku"])
    return doc["sku"]
