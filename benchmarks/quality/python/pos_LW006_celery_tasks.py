# positive LW006: Celery tasks: upsert_build_step writes a step under build_id unchecked while delete_build removes the build
from celery import shared_task
from django.db import connection


@shared_task
def delete_build(build_id: int) -> None:
    with connection.cursor() as cur:
        cur.execute("DELETE FROM builds WHERE id = %s", [build_id])


@shared_task
def upsert_build_step(step_id: int, build_id: int, status: str, log_tail: str) -> None:
    with connection.cursor() as cur:
        cur.execute(
            "INSERT INTO build_steps (id, build_id, status, log_tail) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, log_tail = EXCLUDED.log_tail",
            [step_id, build_id, status, log_tail],
        )
