# negative LW007: a CLI prints which row failed and why to stderr, then exits non-zero
import csv
import sqlite3
import sys


def main(db_path: str, csv_path: str) -> None:
    conn = sqlite3.connect(db_path)
    with open(csv_path, newline="") as fh:
        for n, row in enumerate(csv.reader(fh), start=1):
            try:
                with conn:
                    conn.execute("INSERT INTO people (name, email) VALUES (?, ?)", row)
            except sqlite3.Error as exc:
                print(f"{csv_path}:{n}: insert failed: {exc}", file=sys.stderr)
                sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
