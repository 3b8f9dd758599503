# positive LW006: a Kafka consumer loop upserts order line items while OrderCancelled messages delete the order (cascade)
import json

import psycopg
from confluent_kafka import Consumer


def handle(conn: psycopg.Connection, msg: dict) -> None:
    kind = msg["type"]
    if kind == "OrderPlaced":
        conn.execute(
            "INSERT INTO orders (id, customer) VALUES (%s, %s)", (msg["order_id"], msg["customer"])
        )
    elif kind == "OrderCancelled":
        conn.execute("DELETE FROM orders WHERE id = %s", (msg["order_id"],))
    elif kind == "LineItemChanged":
        conn.execute(
            """
            INSERT INTO line_items (id, order_id, sku, qty) VALUES (%s, %s, %s, %s)
            ON CONFLICT (id) DO UPDATE SET sku = EXCLUDED.sku, qty = EXCLUDED.qty
            """,
            (msg["item_id"], msg["order_id"], msg["sku"], msg["qty"]),
        )


def run(dsn: str) -> None:
    consumer = Consumer({"bootstrap.servers": "kafka:9092", "group.id": "orders-projection"})
    consumer.subscribe(["orders"])
    with psycopg.connect(dsn) as conn:
        while True:
            record = consumer.poll(1.0)
            if record is None or record.error():
                continue
            with conn.transaction():
                handle(conn, json.loads(record.value()))
            consumer.commit(record)
