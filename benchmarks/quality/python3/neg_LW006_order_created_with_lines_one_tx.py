# Negative LW006: the order and its lines are created together in one transaction from a single command.
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID, uuid4

from orders.models import Order, OrderLine
from sqlalchemy.orm import Session, sessionmaker


@dataclass
class LineIn:
    sku: str
    quantity: int
    price: Decimal


class OrderWriter:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def place(self, customer_id: UUID, lines: list[LineIn]) -> UUID:
        order_id = uuid4()
        with self.sessions.begin() as session:
            session.add(Order(id=order_id, customer_id=customer_id))
            session.flush()
            for line in lines:
                session.add(
                    OrderLine(
                        order_id=order_id, sku=line.sku, quantity=line.quantity, price=line.price
                    )
                )
        return order_id
