# Negative LW003: scheduler state lives in SQLite and is updated transactionally instead of in a rewritten file.
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


class ScheduleState:
    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS last_run (job TEXT PRIMARY KEY, at TEXT NOT NULL, status TEXT NOT NULL)"
        )

    def mark(self, job: str, at: datetime, status: str) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO last_run (job, at, status) VALUES (?, ?, ?)"
                " ON CONFLICT (job) DO UPDATE SET at = excluded.at, status = excluded.status",
                (job, at.isoformat(), status),
            )

    def last(self, job: str) -> tuple[str, str] | None:
        return self.conn.execute("SELECT at, status FROM last_run WHERE job = ?", (job,)).fetchone()
