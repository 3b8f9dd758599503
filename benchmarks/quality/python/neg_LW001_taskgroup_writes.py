# negative LW001: writes started in an asyncio.TaskGroup, which awaits them and raises their errors
import asyncio

from billing.models import Invoice
from sqlalchemy.ext.asyncio import async_sessionmaker


async def save_invoices(sessionmaker: async_sessionmaker, invoices: list[dict]) -> None:
    async def save_one(data: dict) -> None:
        async with sessionmaker() as session, session.begin():
            session.add(Invoice(**data))

    async with asyncio.TaskGroup() as tg:
        for data in invoices:
            tg.create_task(save_one(data))
