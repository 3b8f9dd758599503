# negative LW045: the transfer event is stored, then a supervised task computes the risk score and persists it with an UPDATE in its own transaction
"""Transfers service (asyncpg): risk scoring is slow, so it runs after the commit and writes its own result."""

from __future__ import annotations

import asyncio
import logging

import asyncpg
from risk.model import score_transfer

log = logging.getLogger(__name__)


class RiskEnricher:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool
        self.tasks: set[asyncio.Task[None]] = set()

    async def _score_and_store(self, transfer_id: int, account: str, to: str, cents: int) -> None:
        score = await asyncio.to_thread(score_transfer, account, to, cents)
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.execute(
                "UPDATE transfers SET risk_score = $1 WHERE id = $2 AND risk_score IS NULL",
                score,
                transfer_id,
            )

    def schedule(self, transfer_id: int, account: str, to: str, cents: int) -> None:
        task = asyncio.create_task(self._score_and_store(transfer_id, account, to, cents))
        self.tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self.tasks.discard(task)
        if not task.cancelled() and task.exception():
            log.error("risk score not stored", exc_info=task.exception())

    async def drain(self) -> None:
        await asyncio.gather(*self.tasks, return_exceptions=True)


async def request_transfer(
    pool: asyncpg.Pool, enricher: RiskEnricher, account: str, to: str, cents: int
) -> int:
    transfer_id = await pool.fetchval(
        "INSERT INTO transfers (account, recipient, cents) VALUES ($1, $2, $3) RETURNING id",
        account,
        to,
        cents,
    )
    enricher.schedule(transfer_id, account, to, cents)
    return transfer_id
