# negative LW001: writes fanned out inside an asyncio.TaskGroup, which awaits all of them and raises on failure
"""Order fulfilment: books stock in every warehouse of the order (asyncpg)."""

import asyncio
from dataclasses import dataclass

import asyncpg


@dataclass(frozen=True)
class Line:
    warehouse: str
    sku: str
    qty: int


class StockBook:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def reserve(self, order_id: str, line: Line) -> None:
        async with self.pool.acquire() as conn:
            await conn.execute(
                "INSERT INTO reservations (order_id, warehouse, sku, qty) VALUES ($1, $2, $3, $4)",
                order_id,
                line.warehouse,
                line.sku,
                line.qty,
            )


async def reserve_order(bookkeeper: StockBook, order_id: str, lines: list[Line]) -> None:
    async with asyncio.TaskGroup() as tg:
        for line in lines:
            tg.create_task(bookkeeper.reserve(order_id, line))
    # leaving the block means every reservation is stored, or an ExceptionGroup was raised
