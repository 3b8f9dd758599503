# Negative LW007: billing worker logs the failed invoice with its ids at CRITICAL before hard-exiting.
import logging
import os
import time
from typing import Any

import psycopg
from billing.queue import next_job

logger = logging.getLogger("billing.worker")


def write_invoice(conn: psycopg.Connection, job: dict[str, Any]) -> None:
    with conn.transaction():
        conn.execute(
            "INSERT INTO invoices (id, account_id, total_cents) VALUES (%s, %s, %s)",
            (job["invoice_id"], job["account_id"], job["total_cents"]),
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
            logger.critical(
                "invoice %s for account %s not written; stopping worker",
                job["invoice_id"],
                job["account_id"],
                exc_info=True,
            )
            logging.shutdown()
            os._exit(2)
