# positive LW004: a @best_effort decorator catches and logs every exception of the wrapped ledger write, returning None
from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

logger = logging.getLogger("ledger")


def best_effort(fn: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(fn)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return await fn(*args, **kwargs)
        except Exception:
            logger.info("%s failed, ignoring", fn.__name__)
            return None

    return wrapper


class LedgerWriter:
    def __init__(self, conn) -> None:
        self.conn = conn

    @best_effort
    async def post_entry(self, account: str, amount: int) -> None:
        await self.conn.execute(
            "INSERT INTO ledger (account, amount) VALUES ($1, $2)", account, amount
        )


async def settle(writer: LedgerWriter, account: str, amount: int) -> str:
    await writer.post_entry(account, amount)
    return "settled"
