# negative LW002: PUTs run in a TaskGroup nested inside the httpx client block, so they finish before the client closes
import asyncio

import httpx

BUCKET = "https://objects.internal/buckets/reports"


async def upload_all(reports: dict[str, bytes]) -> list[str]:
    async with httpx.AsyncClient() as client:
        async with asyncio.TaskGroup() as tg:
            for name, blob in reports.items():
                tg.create_task(client.put(f"{BUCKET}/{name}", content=blob))
    return sorted(reports)
