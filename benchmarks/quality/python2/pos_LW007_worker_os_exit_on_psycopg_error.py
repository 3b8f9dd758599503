# positive LW007: a billing worker calls os._exit(3) when the charge INSERT fails; nothing is logged and no handlers flush
import os
import time

import psycopg


def next_job(conn: psycopg.Connection) -> dict | None:
    row = conn.execute(
        "SELECT id, account, amount FROM charge_jobs WHERE done = false ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED"
    ).fetchone()
    return {"id": row[0], "account": row[1], "amount": row[2]} if row else None


def work(dsn: str) -> None:
    with psycopg.connect(dsn) as conn:
        while True:
            with conn.transaction():
                job = next_job(conn)
                if job is None:
                    time.sleep(1)
                    continue
                try:
                    conn.execute(
                        "INSERT INTO charges (job_id, account, amount) VALUES (%s, %s, %s)",
                        (job["id"], job["account"], job["amount"]),
                    )
                    conn.execute("UPDATE charge_jobs SET done = true WHERE id = %s", (job["id"],))
                except psycopg.Error:
                    os._exit(3)
