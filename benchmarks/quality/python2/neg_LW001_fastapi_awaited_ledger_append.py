# negative LW001: the fixed form, the route awaits ledger.append(...) before answering
from __future__ import annotations

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
    def __init__(self, pool) -> None:
        self._pool = pool

    async def append(self, entry: Entry) -> None:
        await self._pool.execute(
            "INSERT INTO ledger_entries (account, amount_cents, memo) VALUES ($1, $2, $3)",
            entry.account,
            entry.amount_cents,
            entry.memo,
        )


def get_ledger() -> Ledger:
    from app.db import pool

    return Ledger(pool)


@router.post("/{account}/credit")
async def credit(account: str, amount: int, ledger: Annotated[Ledger, Depends(get_ledger)]) -> dict:
    entry = Entry(account=account, amount_cents=amount, memo="manual credit")
    await ledger.append(entry)
    return {"stored": True, "account": account}
