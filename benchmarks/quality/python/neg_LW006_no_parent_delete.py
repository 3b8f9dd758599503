# negative LW006: the projection only ever creates invoices and their lines; nothing deletes an invoice
import sqlite3


def on_invoice_issued(db: sqlite3.Connection, event: dict) -> None:
    db.execute(
        "INSERT INTO invoices (id, customer, issued_at) VALUES (?, ?, ?)",
        (event["invoice_id"], event["customer"], event["at"]),
    )


def on_invoice_line_added(db: sqlite3.Connection, event: dict) -> None:
    db.execute(
        "INSERT INTO invoice_lines (id, invoice_id, amount) VALUES (?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET amount = excluded.amount",
        (event["line_id"], event["invoice_id"], event["amount"]),
    )
