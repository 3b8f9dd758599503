# Negative LW006: issue projector checks the issue still exists, and skips with a warning when it was deleted.
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CommentEdited:
    comment_id: str
    issue_id: str
    author: str
    body: str


class IssueProjector:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def on_comment_edited(self, event: CommentEdited) -> None:
        with self.conn:
            parent = self.conn.execute(
                "SELECT 1 FROM issues WHERE id = ?", (event.issue_id,)
            ).fetchone()
            if parent is None:
                logger.warning(
                    "skipping comment %s: issue %s was deleted", event.comment_id, event.issue_id
                )
                return
            self.conn.execute(
                "INSERT INTO comments (id, issue_id, author, body) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET body = excluded.body",
                (event.comment_id, event.issue_id, event.author, event.body),
            )

    def on_issue_deleted(self, issue_id: str) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM issues WHERE id = ?", (issue_id,))
