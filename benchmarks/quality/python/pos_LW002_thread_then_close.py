# positive LW002: a thread writes with a psycopg connection that the caller closes in finally without joining the thread
import threading

import psycopg


def write_rows(conn: psycopg.Connection, rows: list[tuple]) -> None:
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO measurements (station, value) VALUES (%s, %s)", rows)
    conn.commit()


def load_file(dsn: str, rows: list[tuple]) -> None:
    conn = psycopg.connect(dsn)
    try:
        threading.Thread(target=write_rows, args=(conn, rows)).start()
    finally:
        conn.close()
