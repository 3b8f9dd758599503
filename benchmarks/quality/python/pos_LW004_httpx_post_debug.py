# positive LW004: a POST to the records store fails, httpx.HTTPError is logged at DEBUG and the function returns normally
import logging

import httpx

STORE = "https://records.internal/api/v2/records"
logger = logging.getLogger(__name__)


async def store_record(client: httpx.AsyncClient, record: dict) -> None:
    try:
        response = await client.post(STORE, json=record)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        logger.debug("record store unavailable: %r", exc)
