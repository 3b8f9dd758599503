# negative LW007: fixed form, the importer logs the failed insert with account and file (logger.exception) and re-raises
"""Import a bank statement CSV into the local budget database."""

from __future__ import annotations

import csv
import logging
import sqlite3
import sys
from pathlib import Path

logger = logging.getLogger("budget.import")


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
        logger.exception("import of %s into account %s failed (%d rows)", path, account, len(rows))
        raise
    return len(rows)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    conn = sqlite3.connect(Path.home() / ".budget.db")
    print(import_statement(conn, sys.argv[1], Path(sys.argv[2])), "transactions imported")
