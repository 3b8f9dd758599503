# negative LW006: the line item is inserted with INSERT ... SELECT ... WHERE EXISTS (order), so a deleted order yields no row
import logging

import psycopg

log = logging.getLogger(__name__)

UPSERT_ITEM = """
INSERT INTO line_items (id, order_id, sku, qty)
SELECT %(id)s, %(order_id)s, %(sku)s, %(qty)s
WHERE EXISTS (SELECT 1 FROM orders WHERE id = %(order_id)s)
ON CONFLICT (id) DO UPDATE SET sku = EXCLUDED.sku, qty = EXCLUDED.qty
"""


def handle(conn: psycopg.Connection, msg: dict) -> None:
    if msg["type"] == "OrderCancelled":
        conn.execute("DELETE FROM orders WHERE id = %s", (msg["order_id"],))
    elif msg["type"] == "LineItemChanged":
        cur = conn.execute(
            UPSERT_ITEM,
            {
                "id": msg["item_id"],
                "order_id": msg["order_id"],
                "sku": msg["sku"],
                "qty": msg["qty"],
            },
        )
        if cur.rowcount == 0:
            log.warning("order %s gone, dropped item %s", msg["order_id"], msg["item_id"])
