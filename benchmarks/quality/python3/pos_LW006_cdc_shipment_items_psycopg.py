# Positive LW006: CDC consumer upserts shipment items with psycopg; shipment deletes arrive on the same stream.
import json
from typing import Any

import psycopg


def apply_change(conn: psycopg.Connection, change: dict[str, Any]) -> None:
    table, op, row = change["table"], change["op"], change["row"]
    with conn.transaction():
        if table == "shipment_items" and op in ("insert", "update"):
            conn.execute(
                "INSERT INTO shipment_items (id, shipment_id, sku, qty) VALUES (%(id)s, %(shipment_id)s, %(sku)s, %(qty)s)"
                " ON CONFLICT (id) DO UPDATE SET qty = EXCLUDED.qty, sku = EXCLUDED.sku",
                row,
            )
        elif table == "shipments" and op == "delete":
            conn.execute("DELETE FROM shipments WHERE id = %s", (row["id"],))


def run(dsn: str, lines: list[str]) -> int:
    applied = 0
    with psycopg.connect(dsn) as conn:
        for line in lines:
            apply_change(conn, json.loads(line))
            applied += 1
    return applied
