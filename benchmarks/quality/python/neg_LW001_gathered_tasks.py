# negative LW001: one create_task per row, all gathered (failures propagate) before returning
import asyncio

from inventory.store import StockStore


async def restock(store: StockStore, deliveries: list[dict]) -> int:
    tasks = [asyncio.create_task(store.upsert(d["sku"], d["qty"])) for d in deliveries]
    await asyncio.gather(*tasks)
    return len(tasks)
