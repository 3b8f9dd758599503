# positive LW006: a Celery task upserts ledger lines for a ledger that the close_ledger task may already have deleted
from bookkeeping.db import engine
from celery import shared_task
from sqlalchemy import text


@shared_task(name="ledger.close")
def close_ledger(ledger_id: int) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM ledgers WHERE id = :id"), {"id": ledger_id})


@shared_task(name="ledger.line_booked", acks_late=True)
def line_booked(ledger_id: int, line_no: int, amount: int, memo: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO ledger_lines (ledger_id, line_no, amount, memo) "
                "VALUES (:ledger_id, :line_no, :amount, :memo) "
                "ON CONFLICT (ledger_id, line_no) DO UPDATE SET amount = excluded.amount, memo = excluded.memo"
            ),
            {"ledger_id": ledger_id, "line_no": line_no, "amount": amount, "memo": memo},
        )
