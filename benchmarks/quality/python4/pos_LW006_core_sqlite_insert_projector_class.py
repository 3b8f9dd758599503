# positive LW006: event-sourced projector upserts `invoice_line` via SQLAlchemy Core sqlite insert().on_conflict_do_update with no invoice check; InvoiceVoided deletes the invoice (cascade)
"""Billing read model (SQLAlchemy Core on SQLite), rebuilt by replaying the event store."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Column, Engine, ForeignKey, Integer, MetaData, String, Table, delete
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

metadata = MetaData()
invoice = Table(
    "invoice", metadata, Column("id", String, primary_key=True), Column("customer", String)
)
invoice_line = Table(
    "invoice_line",
    metadata,
    Column("id", String, primary_key=True),
    Column("invoice_id", ForeignKey("invoice.id", ondelete="CASCADE"), nullable=False),
    Column("description", String),
    Column("amount_cents", Integer),
)


class BillingProjector:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._handlers: dict[str, Callable[[dict], None]] = {
            "InvoiceOpened": self._opened,
            "InvoiceVoided": self._voided,
            "InvoiceLineSet": self._line_set,
        }

    def _opened(self, e: dict) -> None:
        with self.engine.begin() as conn:
            conn.execute(invoice.insert().values(id=e["invoice_id"], customer=e["customer"]))

    def _voided(self, e: dict) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(invoice).where(invoice.c.id == e["invoice_id"]))

    def _line_set(self, e: dict) -> None:
        stmt = sqlite_insert(invoice_line).values(
            id=e["line_id"],
            invoice_id=e["invoice_id"],
            description=e["description"],
            amount_cents=e["amount_cents"],
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=[invoice_line.c.id],
            set_={
                "description": stmt.excluded.description,
                "amount_cents": stmt.excluded.amount_cents,
            },
        )
        with self.engine.begin() as conn:
            conn.execute(stmt)

    def handle(self, event: dict) -> None:
        self._handlers[event["type"]](event)
