# positive LW007: a failed event commit becomes sys.exit(1) with nothing logged
import sqlite3
import sys

from events.model import Event


def commit_event(conn: sqlite3.Connection, event: Event) -> None:
    try:
        with conn:
            conn.execute("INSERT INTO events (id, type, body) VALUES (?, ?, ?)", event.row())
    except sqlite3.DatabaseError:
        sys.exit(1)
