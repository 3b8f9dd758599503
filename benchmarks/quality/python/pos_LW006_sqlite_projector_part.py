# positive LW006: PartUpdated projection upserts the part without checking the message; MessageRemoved cascade-deletes it
import sqlite3

from session.events import MessageRemoved, MessageUpdated, PartUpdated, projector


@projector.on(MessageUpdated)
def project_message(db: sqlite3.Connection, event: MessageUpdated) -> None:
    db.execute(
        "INSERT INTO message (id, session_id, data) VALUES (?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET data = excluded.data",
        (event.message_id, event.session_id, event.data),
    )


@projector.on(MessageRemoved)
def project_message_removed(db: sqlite3.Connection, event: MessageRemoved) -> None:
    db.execute("DELETE FROM message WHERE id = ?", (event.message_id,))


@projector.on(PartUpdated)
def project_part(db: sqlite3.Connection, event: PartUpdated) -> None:
    db.execute(
        "INSERT INTO part (id, message_id, data) VALUES (?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET data = excluded.data",
        (event.part_id, event.message_id, event.data),
    )
