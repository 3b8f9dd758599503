# Positive LW007: event store exits the process on a failed commit without logging the event or the error.
from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class DomainEvent:
    id: str
    stream: str
    type: str
    data: dict[str, object]


class EventStore:
    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)

    def append(self, event: DomainEvent) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute(
                "INSERT INTO events (id, stream, type, data) VALUES (?, ?, ?, ?)",
                (event.id, event.stream, event.type, json.dumps(event.data)),
            )
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError:
            sys.exit(1)

    def read(self, stream: str) -> list[DomainEvent]:
        rows = self.conn.execute(
            "SELECT id, stream, type, data FROM events WHERE stream = ?", (stream,)
        )
        return [DomainEvent(r[0], r[1], r[2], json.loads(r[3])) for r in rows]
