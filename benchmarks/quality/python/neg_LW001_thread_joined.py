# negative LW001: exports run in worker threads that are joined before the command returns
import sqlite3
import threading


def copy_table(src: str, dst: str, table: str) -> None:
    with sqlite3.connect(src) as s, sqlite3.connect(dst) as d:
        rows = s.execute(f"SELECT * FROM {table}").fetchall()
        if rows:
            marks = ",".join("?" * len(rows[0]))
            d.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def migrate(src: str, dst: str, tables: list[str]) -> None:
    threads = [threading.Thread(target=copy_table, args=(src, dst, t)) for t in tables]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
