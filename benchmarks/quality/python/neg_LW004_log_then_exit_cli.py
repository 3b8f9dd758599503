# negative LW004: a CLI import logs the failed insert with context and exits non-zero
import csv
import logging
import sqlite3
import sys

logger = logging.getLogger("import")


def main(db_path: str, csv_path: str) -> None:
    conn = sqlite3.connect(db_path)
    with open(csv_path, newline="") as fh:
        rows = [(r["name"], r["email"]) for r in csv.DictReader(fh)]
    try:
        with conn:
            conn.executemany("INSERT INTO people (name, email) VALUES (?, ?)", rows)
    except sqlite3.Error:
        logger.exception("import of %s failed; nothing was stored", csv_path)
        sys.exit(1)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(sys.argv[1], sys.argv[2])
