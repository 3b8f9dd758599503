# negative LW002: the writer thread is joined before the psycopg connection is closed
import threading

import psycopg


def write_rows(conn: psycopg.Connection, rows: list[tuple]) -> None:
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO measurements (station, value) VALUES (%s, %s)", rows)
    conn.commit()


def load_file(dsn: str, rows: list[tuple]) -> None:
    conn = psycopg.connect(dsn)
    try:
        worker = threading.Thread(target=write_rows, args=(conn, rows))
        worker.start()
        worker.join()
    finally:
        conn.close()
