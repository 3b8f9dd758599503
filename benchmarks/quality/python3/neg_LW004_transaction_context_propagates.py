# Negative LW004: meter loader lets psycopg errors propagate out of the transaction; the file is only archived on success.
import logging
import sys
from pathlib import Path

import psycopg

logger = logging.getLogger("meters")


def parse_readings(path: Path) -> list[tuple[str, str, float]]:
    out = []
    for line in path.read_text().splitlines():
        meter, ts, value = line.split(",")
        out.append((meter, ts, float(value)))
    return out


def load_file(conn: psycopg.Connection, path: Path) -> None:
    with conn.transaction(), conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO meter_readings (meter, ts, kwh) VALUES (%s, %s, %s)", parse_readings(path)
        )


def main(dsn: str, inbox: Path) -> int:
    with psycopg.connect(dsn) as conn:
        for path in sorted(inbox.glob("*.csv")):
            try:
                load_file(conn, path)
            except psycopg.Error:
                logger.exception("loading %s failed; leaving it in the inbox", path.name)
                raise
            path.rename(path.with_suffix(".done"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
