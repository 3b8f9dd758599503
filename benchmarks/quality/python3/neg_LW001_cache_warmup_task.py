# Negative LW001: the only background task warms a read cache; the order write itself is awaited.
import asyncio
import logging
from dataclasses import dataclass

from redis.asyncio import Redis
from shop.orders import OrderRepository

logger = logging.getLogger(__name__)


@dataclass
class Order:
    id: str
    customer_id: str
    total_cents: int


class OrderService:
    def __init__(self, orders: OrderRepository, cache: Redis) -> None:
        self.orders = orders
        self.cache = cache

    async def _warm_recent(self, customer_id: str) -> None:
        # read-only: fetch the recent orders so the first page view is fast
        recent = await self.orders.recent_for(customer_id, limit=20)
        logger.debug("warmed %d recent orders for %s", len(recent), customer_id)

    async def place(self, order: Order) -> Order:
        await self.orders.insert(order)
        warm = asyncio.create_task(self._warm_recent(order.customer_id))
        warm.add_done_callback(lambda t: t.exception() and logger.warning("cache warm failed"))
        return order
