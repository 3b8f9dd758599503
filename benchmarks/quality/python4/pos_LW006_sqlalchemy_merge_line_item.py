# positive LW006: LineItemChanged handler merges an OrderLine (FK to orders, cascade) without checking the order; OrderCancelled deletes the order
"""Order read model (SQLAlchemy async ORM), fed by the order event stream."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, delete
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class OrderRow(Base):
    __tablename__ = "orders"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    customer: Mapped[str]
    lines: Mapped[list[OrderLine]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class OrderLine(Base):
    __tablename__ = "order_lines"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    sku: Mapped[str]
    qty: Mapped[int]


class OrderProjection:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def on_order_placed(self, event: dict) -> None:
        async with self.sessions.begin() as session:
            session.add(OrderRow(id=event["order_id"], customer=event["customer"]))

    async def on_order_cancelled(self, event: dict) -> None:
        async with self.sessions.begin() as session:
            await session.execute(delete(OrderRow).where(OrderRow.id == event["order_id"]))

    async def on_line_item_changed(self, event: dict) -> None:
        async with self.sessions.begin() as session:
            await session.merge(
                OrderLine(
                    id=event["line_id"],
                    order_id=event["order_id"],
                    sku=event["sku"],
                    qty=event["qty"],
                )
            )

    async def dispatch(self, event: dict) -> None:
        handler = {
            "OrderPlaced": self.on_order_placed,
            "OrderCancelled": self.on_order_cancelled,
            "LineItemChanged": self.on_line_item_changed,
        }[event["type"]]
        await handler(event)
