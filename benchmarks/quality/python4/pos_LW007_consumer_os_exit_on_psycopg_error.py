# positive LW007: order-events worker calls os._exit(1) when the Postgres write fails; no log line, no event id, and buffers are not even flushed
"""Order events worker (kafka-python + psycopg 3)."""

from __future__ import annotations

import json
import logging
import os

import psycopg
from kafka import KafkaConsumer

log = logging.getLogger("orders.worker")


def write_event(conn: psycopg.Connection, event: dict) -> None:
    with conn.transaction():
        conn.execute(
            "INSERT INTO order_events (id, order_id, kind, body) VALUES (%s, %s, %s, %s)",
            (event["id"], event["order_id"], event["kind"], json.dumps(event)),
        )


def run() -> None:
    conn = psycopg.connect(os.environ["DATABASE_URL"])
    consumer = KafkaConsumer("order-events", group_id="order-writer", enable_auto_commit=False)
    log.info("order worker started")
    for msg in consumer:
        event = json.loads(msg.value)
        try:
            write_event(conn, event)
        except psycopg.Error:
            os._exit(1)
        consumer.commit()


if __name__ == "__main__":
    run()
