# Negative LW004: ledger client retries transient failures with backoff and raises once the attempts are exhausted.
from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx

logger = logging.getLogger("settlement")


class LedgerClient:
    def __init__(self, http: httpx.AsyncClient, attempts: int = 4) -> None:
        self.http = http
        self.attempts = attempts

    async def post_entry(self, entry: dict[str, Any]) -> None:
        delay = 0.2
        for attempt in range(1, self.attempts + 1):
            try:
                response = await self.http.post("/entries", json=entry)
                response.raise_for_status()
                return
            except httpx.TransportError as exc:
                if attempt == self.attempts:
                    logger.error(
                        "ledger entry %s failed after %d attempts", entry.get("reference"), attempt
                    )
                    raise
                logger.warning("ledger entry attempt %d failed: %s; retrying", attempt, exc)
                await asyncio.sleep(delay)
                delay *= 2
