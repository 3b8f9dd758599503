# positive LW001: FastAPI router with an injected ledger; one route drops a create_task(ledger.append(...)) handle
# ruff: noqa: RUF006
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends

router = APIRouter(prefix="/transfers")


@dataclass
class Entry:
    account: str
    amount_cents: int
    memo: str


class Ledger:
    """Thin wrapper over the ledger table (asyncpg pool)."""

    def __init__(self, pool) -> None:
        self._pool = pool

    async def append(self, entry: Entry) -> None:
        await self._pool.execute(
            "INSERT INTO ledger_entries (account, amount_cents, memo) VALUES ($1, $2, $3)",
            entry.account,
            entry.amount_cents,
            entry.memo,
        )

    async def balance(self, account: str) -> int:
        return await self._pool.fetchval(
            "SELECT coalesce(sum(amount_cents), 0) FROM ledger_entries WHERE account = $1", account
        )


def get_ledger() -> Ledger:
    from app.db import pool  # resolved at request time

    return Ledger(pool)


@router.get("/{account}/balance")
async def balance(account: str, ledger: Annotated[Ledger, Depends(get_ledger)]) -> dict:
    return {"account": account, "balance": await ledger.balance(account)}


@router.post("/{account}/credit")
async def credit(account: str, amount: int, ledger: Annotated[Ledger, Depends(get_ledger)]) -> dict:
    entry = Entry(account=account, amount_cents=amount, memo="manual credit")
    asyncio.create_task(ledger.append(entry))  # handle dropped: nobody awaits or watches it
    return {"queued": True, "account": account}
