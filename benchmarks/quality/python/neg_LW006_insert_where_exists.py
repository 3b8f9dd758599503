# negative LW006: the child upsert is guarded in SQL (INSERT ... SELECT ... WHERE EXISTS parent), and a skip is logged
import logging

import asyncpg

logger = logging.getLogger(__name__)


class OrderProjection:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def handle(self, event: dict) -> None:
        if event["type"] == "OrderCancelled":
            await self.pool.execute("DELETE FROM orders WHERE id = $1", event["order_id"])
        elif event["type"] == "ItemAdded":
            status = await self.pool.execute(
                """
                INSERT INTO line_items (id, order_id, sku, qty)
                SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM orders WHERE id = $2)
                ON CONFLICT (id) DO UPDATE SET qty = EXCLUDED.qty
                """,
                event["item_id"],
                event["order_id"],
                event["sku"],
                event["qty"],
            )
            if status == "INSERT 0 0":
                logger.warning(
                    "order %s is gone; item %s skipped", event["order_id"], event["item_id"]
                )
