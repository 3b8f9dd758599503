# Positive LW007: billing worker hard-exits with os._exit when the invoice insert fails; nothing is logged first.
import os
import time
from typing import Any

import psycopg
from billing.queue import next_job


def write_invoice(conn: psycopg.Connection, job: dict[str, Any]) -> None:
    with conn.transaction():
        conn.execute(
            "INSERT INTO invoices (id, account_id, total_cents, period) VALUES (%s, %s, %s, %s)",
            (job["invoice_id"], job["account_id"], job["total_cents"], job["period"]),
        )


def run(dsn: str) -> None:
    conn = psycopg.connect(dsn)
    while True:
        job = next_job()
        if job is None:
            time.sleep(1)
            continue
        try:
            write_invoice(conn, job)
        except psycopg.Error:
            os._exit(2)
