# negative LW007: the fixed form, the failed commit is logged with the event id and re-raised
import logging
import sqlite3

from events.model import Event

logger = logging.getLogger(__name__)


def commit_event(conn: sqlite3.Connection, event: Event) -> None:
    try:
        with conn:
            conn.execute("INSERT INTO events (id, type, body) VALUES (?, ?, ?)", event.row())
    except sqlite3.DatabaseError:
        logger.exception("commit failed: event %s (%s)", event.id, event.type)
        raise
