# Positive LW001: warehouse receiving schedules a local helper that commits a stock movement, never awaited.
from __future__ import annotations

import asyncio
from dataclasses import dataclass

from sqlalchemy import insert, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from warehouse.models import StockLevel, StockMovement


@dataclass
class Receipt:
    warehouse_id: int
    sku: str
    quantity: int
    reference: str


class ReceivingService:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._session_factory = session_factory

    async def _record_movement(self, receipt: Receipt) -> None:
        async with self._session_factory() as session:
            await session.execute(
                insert(StockMovement).values(
                    warehouse_id=receipt.warehouse_id,
                    sku=receipt.sku,
                    delta=receipt.quantity,
                    reference=receipt.reference,
                )
            )
            await session.execute(
                update(StockLevel)
                .where(
                    StockLevel.warehouse_id == receipt.warehouse_id, StockLevel.sku == receipt.sku
                )
                .values(on_hand=StockLevel.on_hand + receipt.quantity)
            )
            await session.commit()

    def validate(self, receipt: Receipt) -> None:
        if receipt.quantity <= 0:
            raise ValueError("quantity must be positive")

    async def receive(self, receipt: Receipt) -> str:
        self.validate(receipt)
        asyncio.create_task(self._record_movement(receipt))
        return receipt.reference
