# negative LW002: the HTTP writes run in a TaskGroup nested inside `async with httpx.AsyncClient()`, so all finish before close
import asyncio

import httpx

WAREHOUSE = "https://warehouse.internal/api/stock"


async def push_stock_levels(levels: dict[str, int]) -> None:
    async with httpx.AsyncClient(timeout=10) as client:
        async with asyncio.TaskGroup() as tg:
            for sku, qty in levels.items():
                tg.create_task(client.put(f"{WAREHOUSE}/{sku}", json={"qty": qty}))
