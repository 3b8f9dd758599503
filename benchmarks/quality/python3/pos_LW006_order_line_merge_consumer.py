# Positive LW006: Kafka consumer merges order lines for an order that OrderCancelled may already have deleted.
from __future__ import annotations

import json
from decimal import Decimal

from orders.models import Order, OrderLine
from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker


class OrderProjection:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def line_changed(self, payload: dict[str, str]) -> None:
        with self.sessions.begin() as session:
            session.merge(
                OrderLine(
                    id=payload["line_id"],
                    order_id=payload["order_id"],
                    sku=payload["sku"],
                    quantity=int(payload["quantity"]),
                    price=Decimal(payload["price"]),
                )
            )

    def order_cancelled(self, payload: dict[str, str]) -> None:
        with self.sessions.begin() as session:
            session.execute(delete(Order).where(Order.id == payload["order_id"]))

    def handle(self, raw: bytes) -> None:
        message = json.loads(raw)
        handlers = {"OrderLineChanged": self.line_changed, "OrderCancelled": self.order_cancelled}
        handlers[message["type"]](message["payload"])
