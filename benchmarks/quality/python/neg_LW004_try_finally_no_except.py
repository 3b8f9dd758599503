# negative LW004: try/finally only releases the lock; a write error propagates to the caller
import asyncio

import aiosqlite

_lock = asyncio.Lock()


async def append_entry(db: aiosqlite.Connection, account: str, amount: int) -> None:
    await _lock.acquire()
    try:
        await db.execute("INSERT INTO entries (account, amount) VALUES (?, ?)", (account, amount))
        await db.commit()
    finally:
        _lock.release()
