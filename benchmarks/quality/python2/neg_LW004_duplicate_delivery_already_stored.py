# negative LW004: a unique-violation on redelivery means the payment is already stored; the consumer returns the stored row
import logging

import psycopg
from psycopg.errors import UniqueViolation

log = logging.getLogger("payments")


def record_payment(conn: psycopg.Connection, payment_id: str, amount: int) -> tuple:
    try:
        with conn.transaction():
            conn.execute("INSERT INTO payments (id, amount) VALUES (%s, %s)", (payment_id, amount))
    except UniqueViolation:
        log.info("payment %s delivered twice; keeping the stored row", payment_id)
    row = conn.execute("SELECT id, amount FROM payments WHERE id = %s", (payment_id,)).fetchone()
    if row is None:
        raise LookupError(f"payment {payment_id} missing after insert")
    return row
