# positive LW001: `aio.ensure_future(self._persist(order))` in a service method; _persist executes an INSERT via SQLAlchemy, future dropped
# ruff: noqa: RUF006
import asyncio as aio

from shop.models import orders
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession


class OrderService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def _persist(self, order: dict) -> None:
        await self.session.execute(insert(orders).values(**order))
        await self.session.commit()

    async def place(self, cart: dict) -> dict:
        order = {"id": cart["id"], "total": sum(i["price"] for i in cart["items"])}
        aio.ensure_future(self._persist(order))
        return order
