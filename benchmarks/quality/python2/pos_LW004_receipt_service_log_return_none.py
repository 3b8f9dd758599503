# positive LW004: ReceiptService.persist catches the repository failure, logs it and returns None; the caller goes on
from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger("receipts")


@dataclass
class Receipt:
    id: str
    order_id: str
    total_cents: int


class ReceiptRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def save(self, receipt: Receipt) -> None:
        self.session.add(receipt)
        await self.session.commit()


class ReceiptService:
    def __init__(self, repo: ReceiptRepository) -> None:
        self.repo = repo

    def build(self, order_id: str, total_cents: int) -> Receipt:
        return Receipt(id=f"rcpt_{order_id}", order_id=order_id, total_cents=total_cents)

    async def persist(self, receipt: Receipt) -> str | None:
        try:
            await self.repo.save(receipt)
        except SQLAlchemyError as exc:
            logger.error("could not store receipt %s: %s", receipt.id, exc)
            return None
        return receipt.id

    async def issue(self, order_id: str, total_cents: int) -> dict:
        receipt = self.build(order_id, total_cents)
        receipt_id = await self.persist(receipt)
        return {"receipt": receipt_id, "status": "issued"}
