# positive LW045: the record is POSTed to the store, then a task attaches the risk verdict to the local copy only
# ruff: noqa: RUF006
import asyncio

import httpx
from risk.model import assess

STORE = "https://records.internal/api/transactions"


async def submit_transaction(client: httpx.AsyncClient, tx: dict) -> dict:
    response = await client.post(STORE, json=tx)
    response.raise_for_status()

    async def enrich() -> None:
        tx["risk_verdict"] = await assess(tx)

    asyncio.create_task(enrich())
    return tx
