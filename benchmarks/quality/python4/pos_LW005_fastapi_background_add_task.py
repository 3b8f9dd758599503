# positive LW005: POST /orders answers 201 with the order id while the order row is only written by BackgroundTasks after the response
"""Order intake API (FastAPI + SQLAlchemy async)."""

from __future__ import annotations

import uuid
from decimal import Decimal

from fastapi import APIRouter, BackgroundTasks
from orders.db import SessionLocal
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
    background.add_task(persist_order, order_id, body, total)
    return {"id": order_id, "total": str(total)}


@router.get("/orders/{order_id}")
async def get_order(order_id: str) -> dict[str, str]:
    async with SessionLocal() as session:
        order = await session.get(Order, order_id)
    return {"id": order.id, "total": str(order.total)}
