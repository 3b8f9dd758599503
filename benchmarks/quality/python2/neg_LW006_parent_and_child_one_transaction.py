# negative LW006: the aggregate's parent and children are written in one transaction by one writer (parent upserted first)
from sqlalchemy import text
from sqlalchemy.engine import Connection


def save_invoice(conn: Connection, invoice: dict) -> None:
    with conn.begin():
        conn.execute(
            text(
                "INSERT INTO invoices (id, customer) VALUES (:id, :customer) "
                "ON CONFLICT (id) DO UPDATE SET customer = excluded.customer"
            ),
            {"id": invoice["id"], "customer": invoice["customer"]},
        )
        for line in invoice["lines"]:
            conn.execute(
                text(
                    "INSERT INTO invoice_lines (invoice_id, n, amount) VALUES (:inv, :n, :amount) "
                    "ON CONFLICT (invoice_id, n) DO UPDATE SET amount = excluded.amount"
                ),
                {"inv": invoice["id"], "n": line["n"], "amount": line["amount"]},
            )
