# negative LW007: exit 130 on Ctrl-C during a batch load; a write failure propagates with its traceback
import sys

import psycopg


def load(dsn: str, rows: list[tuple]) -> None:
    with psycopg.connect(dsn) as conn:
        try:
            with conn.cursor() as cur:
                for row in rows:
                    cur.execute("INSERT INTO readings (station, value) VALUES (%s, %s)", row)
        except KeyboardInterrupt:
            conn.rollback()
            print("interrupted, rolled back", file=sys.stderr)
            sys.exit(130)
