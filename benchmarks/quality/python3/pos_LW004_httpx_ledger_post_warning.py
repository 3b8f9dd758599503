# Positive LW004: settlement worker warns on a failed POST to the ledger and acknowledges the message anyway.
from __future__ import annotations

import logging
from typing import Any, Protocol

import httpx

logger = logging.getLogger("settlement")


class Message(Protocol):
    body: dict[str, Any]

    async def ack(self) -> None: ...


class LedgerClient:
    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def post_entry(self, entry: dict[str, Any]) -> None:
        response = await self.http.post("/entries", json=entry)
        response.raise_for_status()


async def settle(message: Message, ledger: LedgerClient) -> None:
    entry = {
        "account": message.body["merchant_id"],
        "amount": message.body["net_amount"],
        "reference": message.body["payout_id"],
    }
    try:
        await ledger.post_entry(entry)
    except httpx.HTTPError as exc:
        logger.warning("ledger entry for payout %s failed: %s", entry["reference"], exc)
    await message.ack()
