# Negative LW001: ledger service awaits the audit insert in the same transaction as the balance move.
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Transfer:
    source: str
    target: str
    amount: Decimal


class LedgerService:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def transfer(self, t: Transfer) -> None:
        async with self._sessions() as session, session.begin():
            await session.execute(
                text("UPDATE accounts SET balance = balance - :a WHERE id = :id"),
                {"a": t.amount, "id": t.source},
            )
            await session.execute(
                text("UPDATE accounts SET balance = balance + :a WHERE id = :id"),
                {"a": t.amount, "id": t.target},
            )
            await session.execute(
                text(
                    "INSERT INTO ledger_audit (kind, source, target, amount) VALUES ('transfer', :s, :t, :a)"
                ),
                {"s": t.source, "t": t.target, "a": t.amount},
            )
        logger.info("transfer %s -> %s committed", t.source, t.target)
