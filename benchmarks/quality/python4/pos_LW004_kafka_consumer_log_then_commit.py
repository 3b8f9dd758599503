# positive LW004: consumer logs a failed Postgres write and commits the Kafka offset anyway, so the event is never redelivered
"""Payment events -> ledger projection (confluent-kafka + psycopg 3)."""

from __future__ import annotations

import json
import logging

import psycopg
from confluent_kafka import Consumer

log = logging.getLogger("ledger.projection")


def apply_event(conn: psycopg.Connection, event: dict) -> None:
    with conn.transaction():
        conn.execute(
            "INSERT INTO ledger (event_id, account, delta) VALUES (%s, %s, %s)",
            (event["id"], event["account"], event["delta"]),
        )


def consume(consumer: Consumer, conn: psycopg.Connection) -> None:
    consumer.subscribe(["payments"])
    while True:
        msg = consumer.poll(1.0)
        if msg is None:
            continue
        if msg.error():
            log.warning("kafka error: %s", msg.error())
            continue
        event = json.loads(msg.value())
        try:
            apply_event(conn, event)
        except psycopg.Error as exc:
            log.error("ledger write failed for %s: %s", event["id"], exc)
        consumer.commit(message=msg, asynchronous=False)
