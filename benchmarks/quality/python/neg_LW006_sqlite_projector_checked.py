# negative LW006: the fixed form, the part projection checks that the message still exists and skips with a warning
import logging
import sqlite3

from session.events import MessageRemoved, PartUpdated, projector

logger = logging.getLogger(__name__)


@projector.on(MessageRemoved)
def project_message_removed(db: sqlite3.Connection, event: MessageRemoved) -> None:
    db.execute("DELETE FROM message WHERE id = ?", (event.message_id,))


@projector.on(PartUpdated)
def project_part(db: sqlite3.Connection, event: PartUpdated) -> None:
    parent = db.execute("SELECT 1 FROM message WHERE id = ?", (event.message_id,)).fetchone()
    if parent is None:
        logger.warning("skipping part %s: message %s was removed", event.part_id, event.message_id)
        return
    db.execute(
        "INSERT INTO part (id, message_id, data) VALUES (?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET data = excluded.data",
        (event.part_id, event.message_id, event.data),
    )
