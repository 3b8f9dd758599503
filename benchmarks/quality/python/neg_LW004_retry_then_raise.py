# negative LW004: the write is retried with backoff and the last error is raised when retries run out
import asyncio
import logging

import httpx

logger = logging.getLogger(__name__)
STORE = "https://records.internal/api/v2/records"


async def store_record(client: httpx.AsyncClient, record: dict, attempts: int = 4) -> None:
    for attempt in range(1, attempts + 1):
        try:
            response = await client.post(STORE, json=record)
            response.raise_for_status()
            return
        except httpx.HTTPError as exc:
            if attempt == attempts:
                raise
            logger.warning("store attempt %d failed: %s; retrying", attempt, exc)
            await asyncio.sleep(0.2 * 2**attempt)
