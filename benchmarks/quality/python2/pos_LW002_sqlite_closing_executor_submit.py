# positive LW002: an INSERT is submitted to a thread pool on a sqlite3 connection that `with closing(...)` closes immediately after
import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing

EXECUTOR = ThreadPoolExecutor(max_workers=2)


def _insert_reading(db: sqlite3.Connection, sensor: str, value: float) -> None:
    with db:
        db.execute("INSERT INTO readings (sensor, value) VALUES (?, ?)", (sensor, value))


def record(path: str, sensor: str, value: float) -> Future:
    with closing(sqlite3.connect(path, check_same_thread=False)) as db:
        latest = db.execute(
            "SELECT value FROM readings WHERE sensor = ? ORDER BY id DESC LIMIT 1", (sensor,)
        ).fetchone()
        if latest and latest[0] == value:
            return EXECUTOR.submit(lambda: None)
        return EXECUTOR.submit(_insert_reading, db, sensor, value)
