# Positive LW001: metering agent posts usage records to the billing API in a fire-and-forget task.
from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from dataclasses import asdict, dataclass

import httpx

logger = logging.getLogger("metering")


@dataclass
class UsageRecord:
    tenant: str
    meter: str
    quantity: int
    period: str


class BillingClient:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def record_usage(self, record: UsageRecord) -> None:
        response = await self._client.post("/v1/usage", json=asdict(record))
        response.raise_for_status()

    async def plan_for(self, tenant: str) -> str:
        response = await self._client.get(f"/v1/tenants/{tenant}/plan")
        response.raise_for_status()
        return response.json()["plan"]


class MeteringAgent:
    def __init__(self, billing: BillingClient) -> None:
        self.billing = billing

    def flush(self, records: Iterable[UsageRecord]) -> int:
        sent = 0
        for record in records:
            if record.quantity <= 0:
                continue
            asyncio.create_task(self.billing.record_usage(record))
            sent += 1
        logger.info("flushed %d usage records", sent)
        return sent
