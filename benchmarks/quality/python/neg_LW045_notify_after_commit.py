# negative LW045: after the commit a background task only sends a notification; the record is not enriched later
import asyncio
import logging

from orders.models import Order
from orders.push import push_to_device
from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)
_tasks: set[asyncio.Task] = set()


def _log_failure(task: asyncio.Task) -> None:
    _tasks.discard(task)
    if not task.cancelled() and task.exception() is not None:
        logger.error("push failed", exc_info=task.exception())


async def place_order(session: AsyncSession, customer_id: int, total: int) -> Order:
    order = Order(customer_id=customer_id, total=total)
    session.add(order)
    await session.commit()
    task = asyncio.create_task(push_to_device(customer_id, f"Order {order.id} placed"))
    _tasks.add(task)
    task.add_done_callback(_log_failure)
    return order
