# positive LW006: PartUpdated projection (psycopg 3, sync) upserts a part row for a message that MessageRemoved may have cascade-deleted
"""Session-event projector for the assistant transcript store (psycopg 3)."""

from __future__ import annotations

import json
import logging

import psycopg

log = logging.getLogger(__name__)


class TranscriptProjector:
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def message_updated(self, ev: dict) -> None:
        self.conn.execute(
            "INSERT INTO message (id, session_id, role) VALUES (%s, %s, %s)"
            " ON CONFLICT (id) DO UPDATE SET role = excluded.role",
            (ev["message_id"], ev["session_id"], ev["role"]),
        )

    def message_removed(self, ev: dict) -> None:
        # part.message_id REFERENCES message(id) ON DELETE CASCADE
        self.conn.execute("DELETE FROM message WHERE id = %s", (ev["message_id"],))

    def part_updated(self, ev: dict) -> None:
        self.conn.execute(
            "INSERT INTO part (id, message_id, data) VALUES (%s, %s, %s)"
            " ON CONFLICT (id) DO UPDATE SET data = excluded.data",
            (ev["part_id"], ev["message_id"], json.dumps(ev["data"])),
        )

    def project(self, ev: dict) -> None:
        handler = {
            "MessageUpdated": self.message_updated,
            "MessageRemoved": self.message_removed,
            "PartUpdated": self.part_updated,
        }[ev["type"]]
        with self.conn.transaction():
            handler(ev)
