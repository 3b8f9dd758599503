# Positive LW006: issue-tracker projector upserts comments without checking the issue, while IssueDeleted cascades.
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


@dataclass(frozen=True)
class IssueDeleted:
    issue_id: str


class IssueProjector:
    """Applies tracker events to the read model (comments.issue_id REFERENCES issues ON DELETE CASCADE)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.conn.execute("PRAGMA foreign_keys = ON")

    def on_comment_edited(self, event: CommentEdited) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO comments (id, issue_id, author, body) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET body = excluded.body",
                (event.comment_id, event.issue_id, event.author, event.body),
            )

    def on_issue_deleted(self, event: IssueDeleted) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM issues WHERE id = ?", (event.issue_id,))
        logger.info("issue %s removed with its comments", event.issue_id)

    def apply(self, event: object) -> None:
        if isinstance(event, CommentEdited):
            self.on_comment_edited(event)
        elif isinstance(event, IssueDeleted):
            self.on_issue_deleted(event)
