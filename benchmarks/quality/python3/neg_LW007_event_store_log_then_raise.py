# Negative LW007: event store logs the event id and type with the traceback before re-raising the commit failure.
from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DomainEvent:
    id: str
    stream: str
    type: str
    data: dict[str, object]


class EventStore:
    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path)

    def append(self, event: DomainEvent) -> None:
        try:
            with self.conn:
                self.conn.execute(
                    "INSERT INTO events (id, stream, type, data) VALUES (?, ?, ?, ?)",
                    (event.id, event.stream, event.type, json.dumps(event.data)),
                )
        except sqlite3.DatabaseError:
            logger.exception(
                "append failed: event %s (%s) on stream %s", event.id, event.type, event.stream
            )
            raise
