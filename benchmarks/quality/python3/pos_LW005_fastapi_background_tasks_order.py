# Positive LW005: FastAPI order endpoint returns 201 while the order insert runs later in BackgroundTasks.
from __future__ import annotations

from decimal import Decimal
from uuid import UUID, uuid4

from fastapi import APIRouter, BackgroundTasks, Depends, status
from pydantic import BaseModel
from shop.deps import get_order_store
from shop.stores import OrderStore

router = APIRouter(prefix="/orders", tags=["orders"])


class OrderIn(BaseModel):
    customer_id: UUID
    sku: str
    quantity: int
    unit_price: Decimal


class OrderOut(BaseModel):
    id: UUID
    total: Decimal


def price(order: OrderIn) -> Decimal:
    return order.unit_price * order.quantity


@router.post("", status_code=status.HTTP_201_CREATED, response_model=OrderOut)
async def create_order(
    body: OrderIn, background: BackgroundTasks, orders: OrderStore = Depends(get_order_store)
) -> OrderOut:
    order_id = uuid4()
    total = price(body)
    background.add_task(orders.insert, order_id, body.customer_id, body.sku, body.quantity, total)
    return OrderOut(id=order_id, total=total)


@router.get("/{order_id}", response_model=OrderOut)
async def get_order(order_id: UUID, orders: OrderStore = Depends(get_order_store)) -> OrderOut:
    row = await orders.get(order_id)
    return OrderOut(id=row.id, total=row.total)
