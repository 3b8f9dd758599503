# negative LW007: the writer thread logs the failed insert with the metric name and the traceback, then re-raises so threading.excepthook reports it too
"""Background metrics writer thread for a desktop sync client."""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading

log = logging.getLogger("sync.metrics")


class MetricsWriter(threading.Thread):
    def __init__(self, db_path: str) -> None:
        super().__init__(name="metrics-writer")
        self.db_path = db_path
        self.inbox: queue.Queue[tuple[str, float, float]] = queue.Queue()

    def record(self, name: str, ts: float, value: float) -> None:
        self.inbox.put((name, ts, value))

    def run(self) -> None:
        conn = sqlite3.connect(self.db_path)
        while True:
            name, ts, value = self.inbox.get()
            try:
                with conn:
                    conn.execute(
                        "INSERT INTO metrics (name, ts, value) VALUES (?, ?, ?)", (name, ts, value)
                    )
            except sqlite3.Error:
                log.exception(
                    "metric %s@%s not stored; writer stops, %d queued", name, ts, self.inbox.qsize()
                )
                raise
