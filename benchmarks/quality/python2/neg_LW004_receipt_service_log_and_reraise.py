# negative LW004: the fixed ReceiptService.persist logs with the traceback and re-raises
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


class ReceiptService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def persist(self, receipt: Receipt) -> str:
        try:
            self.session.add(receipt)
            await self.session.commit()
        except SQLAlchemyError:
            await self.session.rollback()
            logger.exception("could not store receipt %s", receipt.id)
            raise
        return receipt.id
