# negative LW001: fixed form of the settlement route, the ledger write is awaited before answering
# ruff: noqa: B008
"""Payments API: records a settlement in the ledger after the PSP confirms it."""

from __future__ import annotations

import logging
from decimal import Decimal

from fastapi import APIRouter, Depends
from payments.db import ledger_entries, session_factory
from payments.psp import PspClient, get_psp
from pydantic import BaseModel
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/settlements")


class SettlementIn(BaseModel):
    merchant_id: str
    amount: Decimal
    currency: str
    psp_reference: str


class Ledger:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def post_entry(self, merchant_id: str, amount: Decimal, reference: str) -> None:
        async with self._sessions() as session:
            await session.execute(
                insert(ledger_entries).values(
                    merchant_id=merchant_id, amount=amount, reference=reference
                )
            )
            await session.commit()


def get_ledger() -> Ledger:
    return Ledger(session_factory)


@router.post("", status_code=201)
async def settle(
    body: SettlementIn,
    psp: PspClient = Depends(get_psp),
    ledger: Ledger = Depends(get_ledger),
) -> dict[str, str]:
    confirmation = await psp.confirm(body.psp_reference)
    logger.info("psp confirmed %s", confirmation.id)
    await ledger.post_entry(body.merchant_id, body.amount, confirmation.id)
    return {"settlement": confirmation.id, "status": "settled"}
