# Negative LW002: loyalty accrual overlaps the write with a read, but awaits the write before the connection is released.
import asyncio

import asyncpg


class LoyaltyLedger:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def accrue(self, member_id: int, points: int) -> int:
        async with self.pool.acquire() as conn:
            write = asyncio.create_task(
                conn.execute(
                    "UPDATE loyalty_members SET points = points + $1 WHERE id = $2",
                    points,
                    member_id,
                )
            )
            tier = await self._tier_rules()
            await write
        return tier.get("bonus", 0)

    async def _tier_rules(self) -> dict[str, int]:
        await asyncio.sleep(0)
        return {"bonus": 5}
