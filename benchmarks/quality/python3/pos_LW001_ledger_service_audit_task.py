# Positive LW001: ledger service schedules the audit-entry insert with create_task and drops the task.
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from ledger.models import AuditEntry
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Transfer:
    source: str
    target: str
    amount: Decimal


class LedgerAuditStore:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def append(self, kind: str, payload: dict[str, object]) -> None:
        async with self._sessions() as session, session.begin():
            await session.execute(
                AuditEntry.__table__.insert().values(
                    kind=kind, payload=payload, at=datetime.now(UTC)
                )
            )


class LedgerService:
    def __init__(self, audit: LedgerAuditStore, balances: BalanceStore) -> None:
        self._audit = audit
        self._balances = balances

    async def transfer(self, t: Transfer) -> None:
        await self._balances.move(t.source, t.target, t.amount)
        # audit trail is "not on the hot path", so it is pushed to the background
        asyncio.create_task(
            self._audit.append(
                "transfer", {"from": t.source, "to": t.target, "amount": str(t.amount)}
            )
        )
        logger.info("transfer %s -> %s done", t.source, t.target)

    async def balance(self, account: str) -> Decimal:
        return await self._balances.get(account)


class BalanceStore:
    async def move(self, source: str, target: str, amount: Decimal) -> None: ...

    async def get(self, account: str) -> Decimal:
        return Decimal(0)
