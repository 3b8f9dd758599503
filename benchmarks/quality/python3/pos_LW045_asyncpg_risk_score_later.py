# Positive LW045: payment row is inserted without its risk score; a lazily loaded model fills it in a task on a copy.
from __future__ import annotations

import asyncio
import importlib
from typing import Any

import asyncpg


class PaymentRecorder:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool
        self.recent: dict[str, dict[str, Any]] = {}
        self.background: set[asyncio.Task[None]] = set()

    async def record(self, payment_id: str, account: str, amount_cents: int) -> dict[str, Any]:
        payment = {
            "id": payment_id,
            "account": account,
            "amount_cents": amount_cents,
            "needs_review": True,
        }
        await self.pool.execute(
            "INSERT INTO payments (id, account, amount_cents, needs_review) VALUES ($1, $2, $3, $4)",
            payment_id,
            account,
            amount_cents,
            True,
        )
        self.recent[payment_id] = payment

        async def score() -> None:
            risk = importlib.import_module("fraud.model")
            payment["risk_score"] = risk.score(account, amount_cents)

        t = asyncio.create_task(score())
        self.background.add(t)
        t.add_done_callback(self.background.discard)
        return payment
