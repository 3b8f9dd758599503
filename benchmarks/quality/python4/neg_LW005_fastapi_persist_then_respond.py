# negative LW005: fixed form, the order is awaited into the database before the 201; BackgroundTasks only sends the confirmation email
"""Order intake API (FastAPI + SQLAlchemy async)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from fastapi import APIRouter, BackgroundTasks
from orders.db import SessionLocal
from orders.mail import send_order_confirmation
from orders.models import Order, OrderLine
from orders.pricing import price_lines
from pydantic import BaseModel

router = APIRouter()


class LineIn(BaseModel):
    sku: str
    qty: int


class OrderIn(BaseModel):
    customer_id: int
    lines: list[LineIn]


async def persist_order(order_id: str, body: OrderIn, total: Decimal) -> None:
    async with SessionLocal() as session:
        session.add(Order(id=order_id, customer_id=body.customer_id, total=total))
        session.add_all(
            [OrderLine(order_id=order_id, sku=line.sku, qty=line.qty) for line in body.lines]
        )
        await session.commit()


@router.post("/orders", status_code=201)
async def create_order(body: OrderIn, background: BackgroundTasks) -> dict[str, str]:
    order_id = str(uuid.uuid4())
    total = await price_lines(body.lines)
    await persist_order(order_id, body, total)
    background.add_task(send_order_confirmation, body.customer_id, order_id)
    return {"id": order_id, "total": str(total)}
