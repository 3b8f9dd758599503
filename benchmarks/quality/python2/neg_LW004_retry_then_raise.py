# negative LW004: the archive upload retries transient errors with backoff and re-raises after the last attempt
import asyncio
import logging

import httpx

log = logging.getLogger(__name__)


async def upload_with_retry(
    client: httpx.AsyncClient, key: str, body: bytes, attempts: int = 4
) -> None:
    for attempt in range(1, attempts + 1):
        try:
            resp = await client.put(f"/archive/{key}", content=body)
            resp.raise_for_status()
            return
        except httpx.TransportError as exc:
            if attempt == attempts:
                log.error("archive upload of %s failed after %d attempts", key, attempts)
                raise
            log.warning("archive upload of %s failed (%s), retrying", key, exc)
            await asyncio.sleep(0.2 * 2**attempt)
