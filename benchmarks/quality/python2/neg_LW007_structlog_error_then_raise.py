# negative LW007: a failed charge INSERT is logged with structlog (job id, account, error) and re-raised
import psycopg
import structlog

log = structlog.get_logger("billing")


def charge(conn: psycopg.Connection, job: dict) -> None:
    try:
        with conn.transaction():
            conn.execute(
                "INSERT INTO charges (job_id, account, amount) VALUES (%s, %s, %s)",
                (job["id"], job["account"], job["amount"]),
            )
    except psycopg.Error as exc:
        log.error("charge insert failed", job_id=job["id"], account=job["account"], error=str(exc))
        raise
