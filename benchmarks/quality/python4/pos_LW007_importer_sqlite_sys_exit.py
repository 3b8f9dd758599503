# positive LW007: CSV importer catches sqlite3.DatabaseError around the insert and calls sys.exit(1) with nothing logged
"""Import a bank statement CSV into the local budget database."""

from __future__ import annotations

import csv
import sqlite3
import sys
from pathlib import Path


def parse_rows(path: Path) -> list[tuple[str, str, int]]:
    with path.open(newline="") as fh:
        return [
            (row["date"], row["description"], round(float(row["amount"]) * 100))
            for row in csv.DictReader(fh)
        ]


def import_statement(conn: sqlite3.Connection, account: str, path: Path) -> int:
    rows = parse_rows(path)
    try:
        with conn:
            conn.executemany(
                "INSERT INTO transactions (account, date, description, cents) VALUES (?, ?, ?, ?)",
                [(account, *row) for row in rows],
            )
    except sqlite3.DatabaseError:
        sys.exit(1)
    return len(rows)


def main() -> None:
    account, csv_path = sys.argv[1], Path(sys.argv[2])
    conn = sqlite3.connect(Path.home() / ".budget.db")
    n = import_statement(conn, account, csv_path)
    print(f"{n} transactions imported")


if __name__ == "__main__":
    main()
