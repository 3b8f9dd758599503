# Negative LW004: a unique-violation on the idempotent insert means the row is already stored; other errors propagate.
from __future__ import annotations

import logging
from uuid import UUID

import asyncpg

logger = logging.getLogger(__name__)


class PaymentIntake:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def record(self, payment_id: UUID, account: str, amount_cents: int) -> bool:
        """Return True if this call stored the payment, False if it was already there."""
        try:
            await self.pool.execute(
                "INSERT INTO payments (id, account, amount_cents) VALUES ($1, $2, $3)",
                payment_id,
                account,
                amount_cents,
            )
        except asyncpg.UniqueViolationError:
            existing = await self.pool.fetchval(
                "SELECT amount_cents FROM payments WHERE id = $1", payment_id
            )
            if existing != amount_cents:
                raise
            logger.info("payment %s already recorded", payment_id)
            return False
        return True
