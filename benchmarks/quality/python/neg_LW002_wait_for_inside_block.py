# negative LW002: the spawned POST is awaited with a timeout inside the aiohttp session block
import asyncio

import aiohttp

INGEST_URL = "https://ingest.example.com/v1/records"


async def forward(record: dict) -> int:
    async with aiohttp.ClientSession() as http:
        task = asyncio.create_task(http.post(INGEST_URL, json=record))
        response = await asyncio.wait_for(task, timeout=10)
        response.raise_for_status()
        return response.status
