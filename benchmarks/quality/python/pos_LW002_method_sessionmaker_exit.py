# positive LW002: a repository method spawns self._save(s, entry) inside `async with self.sessionmaker() as s`; the session closes on exit
import asyncio

from ledger.models import Entry
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker


class LedgerRepository:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self.sessionmaker = sessionmaker

    async def _save(self, session: AsyncSession, entry: Entry) -> None:
        session.add(entry)
        await session.commit()

    async def post(self, account: str, amount: int) -> Entry:
        entry = Entry(account=account, amount=amount)
        async with self.sessionmaker() as s:
            balance = await s.scalar(Entry.balance_query(account))
            entry.running_balance = balance + amount
            asyncio.get_running_loop().create_task(self._save(s, entry))
        return entry
