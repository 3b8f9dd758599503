# positive LW006: an asyncpg projection upserts line_items for an order while OrderCancelled deletes the order
import asyncpg


class OrderProjection:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def handle(self, event: dict) -> None:
        if event["type"] == "OrderCancelled":
            await self.pool.execute("DELETE FROM orders WHERE id = $1", event["order_id"])
        elif event["type"] == "ItemAdded":
            await self.pool.execute(
                """
                INSERT INTO line_items (id, order_id, sku, qty) VALUES ($1, $2, $3, $4)
                ON CONFLICT (id) DO UPDATE SET qty = EXCLUDED.qty
                """,
                event["item_id"],
                event["order_id"],
                event["sku"],
                event["qty"],
            )
