# negative LW007: the event store logs the event id/type with the traceback before exiting on sqlite3.DatabaseError
import json
import logging
import sqlite3
import sys
from dataclasses import dataclass

logger = logging.getLogger("eventstore")


@dataclass
class DurableEvent:
    id: str
    aggregate_id: str
    type: str
    body: dict


class EventStore:
    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path)

    def append(self, event: DurableEvent) -> None:
        try:
            with self.conn:
                self.conn.execute(
                    "INSERT INTO events (id, aggregate_id, type, body) VALUES (?, ?, ?, ?)",
                    (event.id, event.aggregate_id, event.type, json.dumps(event.body)),
                )
        except sqlite3.DatabaseError:
            logger.exception(
                "commit failed: event %s (%s) of aggregate %s",
                event.id,
                event.type,
                event.aggregate_id,
            )
            sys.exit(1)
