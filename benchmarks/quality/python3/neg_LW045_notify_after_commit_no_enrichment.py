# Negative LW045: after committing the complete payment row, the only background work is a Slack notification.
from __future__ import annotations

import asyncio
import logging

import asyncpg
import httpx
from fraud.model import score

logger = logging.getLogger(__name__)


class PaymentRecorder:
    def __init__(self, pool: asyncpg.Pool, slack: httpx.AsyncClient) -> None:
        self.pool = pool
        self.slack = slack
        self.background: set[asyncio.Task[None]] = set()

    async def _notify(self, payment_id: str, risk: float) -> None:
        try:
            await self.slack.post(
                "/hooks/risk", json={"text": f"payment {payment_id} risk {risk:.2f}"}
            )
        except httpx.HTTPError:
            logger.warning("slack notification for %s failed", payment_id, exc_info=True)

    async def record(self, payment_id: str, account: str, amount_cents: int) -> float:
        risk = score(account, amount_cents)
        await self.pool.execute(
            "INSERT INTO payments (id, account, amount_cents, risk_score) VALUES ($1, $2, $3, $4)",
            payment_id,
            account,
            amount_cents,
            risk,
        )
        if risk > 0.8:
            task = asyncio.create_task(self._notify(payment_id, risk))
            self.background.add(task)
            task.add_done_callback(self.background.discard)
        return risk
