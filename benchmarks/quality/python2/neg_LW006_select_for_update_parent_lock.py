# negative LW006: the handler locks the parent ledger row with SELECT ... FOR UPDATE in the same transaction and skips if it is gone
import logging

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("ledger")


def line_booked(engine: Engine, ledger_id: int, line_no: int, amount: int) -> None:
    with engine.begin() as conn:
        parent = conn.execute(
            text("SELECT id FROM ledgers WHERE id = :id FOR UPDATE"), {"id": ledger_id}
        ).first()
        if parent is None:
            log.warning("ledger %s closed before line %s was booked", ledger_id, line_no)
            return
        conn.execute(
            text(
                "INSERT INTO ledger_lines (ledger_id, line_no, amount) VALUES (:l, :n, :a) "
                "ON CONFLICT (ledger_id, line_no) DO UPDATE SET amount = excluded.amount"
            ),
            {"l": ledger_id, "n": line_no, "a": amount},
        )
