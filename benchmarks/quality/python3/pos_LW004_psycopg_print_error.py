# Positive LW004: meter-reading loader prints psycopg errors and moves on to the next file as if it had been stored.
import sys
from pathlib import Path

import psycopg


def parse_readings(path: Path) -> list[tuple[str, str, float]]:
    rows = []
    for line in path.read_text().splitlines():
        meter, ts, value = line.split(",")
        rows.append((meter, ts, float(value)))
    return rows


def load_file(conn: psycopg.Connection, path: Path) -> None:
    rows = parse_readings(path)
    try:
        with conn.transaction(), conn.cursor() as cur:
            cur.executemany("INSERT INTO meter_readings (meter, ts, kwh) VALUES (%s, %s, %s)", rows)
    except psycopg.Error as err:
        print(f"{path.name}: {err}", file=sys.stderr)


def main(dsn: str, inbox: Path) -> None:
    with psycopg.connect(dsn) as conn:
        for path in sorted(inbox.glob("*.csv")):
            load_file(conn, path)
            path.rename(path.with_suffix(".done"))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
