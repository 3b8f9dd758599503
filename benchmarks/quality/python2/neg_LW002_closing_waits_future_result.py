# negative LW002: the INSERT is submitted to a thread pool but fut.result() is collected before `with closing(...)` closes sqlite
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing

EXECUTOR = ThreadPoolExecutor(max_workers=2)


def _insert_reading(db: sqlite3.Connection, sensor: str, value: float) -> int:
    with db:
        cur = db.execute("INSERT INTO readings (sensor, value) VALUES (?, ?)", (sensor, value))
        return cur.lastrowid


def record(path: str, sensor: str, value: float) -> int:
    with closing(sqlite3.connect(path, check_same_thread=False)) as db:
        fut = EXECUTOR.submit(_insert_reading, db, sensor, value)
        return fut.result(timeout=5)
