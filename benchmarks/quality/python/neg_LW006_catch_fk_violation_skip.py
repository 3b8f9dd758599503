# negative LW006: the step upsert handles the expected FK race explicitly: ForeignKeyViolation is caught, warned and skipped
import logging

import psycopg
from psycopg import errors

logger = logging.getLogger(__name__)


def on_run_deleted(conn: psycopg.Connection, event: dict) -> None:
    with conn.transaction():
        conn.execute("DELETE FROM runs WHERE id = %s", (event["run_id"],))


def on_step_finished(conn: psycopg.Connection, event: dict) -> None:
    try:
        with conn.transaction():
            conn.execute(
                "INSERT INTO steps (id, run_id, status) VALUES (%s, %s, %s)"
                " ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status",
                (event["step_id"], event["run_id"], event["status"]),
            )
    except errors.ForeignKeyViolation:
        logger.warning("run %s was deleted; step %s skipped", event["run_id"], event["step_id"])
