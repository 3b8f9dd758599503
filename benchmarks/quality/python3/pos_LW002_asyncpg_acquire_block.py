# Positive LW002: loyalty points are written by a task on a pooled connection that is released when the block ends.
import asyncio
from dataclasses import dataclass

import asyncpg


@dataclass
class Purchase:
    member_id: int
    amount_cents: int
    store_id: str


def points_for(purchase: Purchase) -> int:
    return purchase.amount_cents // 100


class LoyaltyLedger:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def balance(self, member_id: int) -> int:
        async with self.pool.acquire() as conn:
            return await conn.fetchval(
                "SELECT points FROM loyalty_members WHERE id = $1", member_id
            )

    async def accrue(self, purchase: Purchase) -> None:
        async with self.pool.acquire() as conn:
            asyncio.create_task(
                conn.execute(
                    "UPDATE loyalty_members SET points = points + $1 WHERE id = $2",
                    points_for(purchase),
                    purchase.member_id,
                )
            )
