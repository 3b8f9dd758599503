# negative LW006: the part projection locks the parent message row with SELECT ... FOR UPDATE and skips the part if it is gone
"""Session-event projector for the assistant transcript store (psycopg 3)."""

from __future__ import annotations

import json
import logging

import psycopg

log = logging.getLogger(__name__)


class TranscriptProjector:
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def message_removed(self, ev: dict) -> None:
        self.conn.execute("DELETE FROM message WHERE id = %s", (ev["message_id"],))

    def part_updated(self, ev: dict) -> None:
        row = self.conn.execute(
            "SELECT id FROM message WHERE id = %s FOR UPDATE", (ev["message_id"],)
        ).fetchone()
        if row is None:
            log.warning("part %s skipped: message %s removed", ev["part_id"], ev["message_id"])
            return
        self.conn.execute(
            "INSERT INTO part (id, message_id, data) VALUES (%s, %s, %s)"
            " ON CONFLICT (id) DO UPDATE SET data = excluded.data",
            (ev["part_id"], ev["message_id"], json.dumps(ev["data"])),
        )

    def project(self, ev: dict) -> None:
        handler = {"MessageRemoved": self.message_removed, "PartUpdated": self.part_updated}[
            ev["type"]
        ]
        with self.conn.transaction():
            handler(ev)
