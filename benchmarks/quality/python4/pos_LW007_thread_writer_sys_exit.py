# positive LW007: writer thread does `sys.exit(1)` on a failed sqlite write; in a thread that only ends the thread, silently, and the queued rows are lost
"""Background metrics writer thread for a desktop sync client."""

from __future__ import annotations

import queue
import sqlite3
import sys
import threading


class MetricsWriter(threading.Thread):
    def __init__(self, db_path: str) -> None:
        super().__init__(name="metrics-writer", daemon=True)
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
                sys.exit(1)
