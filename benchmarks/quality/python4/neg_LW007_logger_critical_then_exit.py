# negative LW007: the worker logs the failed event write at CRITICAL with event id and order id, then exits non-zero
"""Order events worker (kafka-python + psycopg 3)."""

from __future__ import annotations

import json
import logging
import os
import sys

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
    for msg in consumer:
        event = json.loads(msg.value)
        try:
            write_event(conn, event)
        except psycopg.Error:
            log.critical(
                "order event %s (order %s, offset %s) not written, stopping",
                event["id"],
                event["order_id"],
                msg.offset,
                exc_info=True,
            )
            sys.exit(1)
        consumer.commit()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
