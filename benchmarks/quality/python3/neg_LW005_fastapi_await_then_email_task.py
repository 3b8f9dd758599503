# Negative LW005: FastAPI order endpoint awaits the insert; only the confirmation email is a background task.
from __future__ import annotations

from decimal import Decimal
from uuid import UUID, uuid4

from fastapi import APIRouter, BackgroundTasks, Depends, status
from pydantic import BaseModel, EmailStr
from shop.deps import get_mailer, get_order_store
from shop.mail import Mailer
from shop.stores import OrderStore

router = APIRouter(prefix="/orders")


class OrderIn(BaseModel):
    customer_email: EmailStr
    sku: str
    quantity: int
    unit_price: Decimal


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_order(
    body: OrderIn,
    background: BackgroundTasks,
    orders: OrderStore = Depends(get_order_store),
    mailer: Mailer = Depends(get_mailer),
) -> dict[str, str]:
    order_id: UUID = uuid4()
    await orders.insert(
        order_id, body.customer_email, body.sku, body.quantity, body.unit_price * body.quantity
    )
    background.add_task(mailer.send_confirmation, body.customer_email, order_id)
    return {"id": str(order_id)}
