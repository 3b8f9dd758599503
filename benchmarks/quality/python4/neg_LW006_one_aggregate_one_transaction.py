# negative LW006: invoice and its lines are written by one writer in one transaction from the aggregate snapshot; no separate child event races a delete
"""Billing read model (SQLAlchemy Core): one transaction per invoice aggregate."""

from __future__ import annotations

from billing.schema import invoice, invoice_line
from sqlalchemy import Engine, delete
from sqlalchemy.dialects.postgresql import insert as pg_insert


def save_invoice_aggregate(engine: Engine, snapshot: dict) -> None:
    """Replace the invoice row and all its lines with the aggregate's current state."""
    with engine.begin() as conn:
        if snapshot["voided"]:
            conn.execute(delete(invoice).where(invoice.c.id == snapshot["id"]))
            return
        stmt = pg_insert(invoice).values(id=snapshot["id"], customer=snapshot["customer"])
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=[invoice.c.id], set_={"customer": stmt.excluded.customer}
            )
        )
        conn.execute(delete(invoice_line).where(invoice_line.c.invoice_id == snapshot["id"]))
        if snapshot["lines"]:
            conn.execute(
                invoice_line.insert(),
                [
                    {
                        "id": line["id"],
                        "invoice_id": snapshot["id"],
                        "description": line["description"],
                        "amount_cents": line["amount_cents"],
                    }
                    for line in snapshot["lines"]
                ],
            )
