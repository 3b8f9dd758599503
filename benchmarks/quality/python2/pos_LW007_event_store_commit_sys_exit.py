# positive LW007: the event store's append() exits the process on sqlite3.DatabaseError without logging the event or the error
from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import dataclass


@dataclass
class DurableEvent:
    id: str
    aggregate_id: str
    type: str
    body: dict


class EventStore:
    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.execute("PRAGMA foreign_keys = ON")

    def read(self, aggregate_id: str) -> list[tuple]:
        return self.conn.execute(
            "SELECT id, type, body FROM events WHERE aggregate_id = ? ORDER BY seq", (aggregate_id,)
        ).fetchall()

    def append(self, event: DurableEvent) -> None:
        try:
            with self.conn:
                self.conn.execute(
                    "INSERT INTO events (id, aggregate_id, type, body) VALUES (?, ?, ?, ?)",
                    (event.id, event.aggregate_id, event.type, json.dumps(event.body)),
                )
        except sqlite3.DatabaseError:
            sys.exit(1)
