# positive LW002: a POST to the ingest store is spawned on an aiohttp ClientSession that the `async with` closes immediately
# ruff: noqa: RUF006
import asyncio

import aiohttp

INGEST_URL = "https://ingest.example.com/v1/records"


async def forward_batch(records: list[dict]) -> int:
    async with aiohttp.ClientSession() as http:
        for record in records:
            asyncio.create_task(http.post(INGEST_URL, json=record))
    return len(records)
