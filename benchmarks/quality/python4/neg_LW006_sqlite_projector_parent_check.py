# negative LW006: fixed form, CommentEdited checks that the post still exists in the same transaction and skips with a warning when it is gone
"""Read-model projector for the forum (sqlite3, events applied from the event log)."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PostDeleted:
    post_id: str


@dataclass(frozen=True)
class CommentEdited:
    comment_id: str
    post_id: str
    body: str


Handler = Callable[[sqlite3.Connection, object], None]
HANDLERS: dict[type, Handler] = {}


def handles(event_type: type) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[event_type] = fn
        return fn

    return register


@handles(PostDeleted)
def on_post_deleted(db: sqlite3.Connection, event: PostDeleted) -> None:
    db.execute("DELETE FROM post WHERE id = ?", (event.post_id,))


@handles(CommentEdited)
def on_comment_edited(db: sqlite3.Connection, event: CommentEdited) -> None:
    parent = db.execute("SELECT 1 FROM post WHERE id = ?", (event.post_id,)).fetchone()
    if parent is None:
        log.warning("skipping comment %s: post %s was deleted", event.comment_id, event.post_id)
        return
    db.execute(
        "INSERT INTO comment (id, post_id, body) VALUES (?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET body = excluded.body",
        (event.comment_id, event.post_id, event.body),
    )


def apply(db: sqlite3.Connection, event: object) -> None:
    with db:
        HANDLERS[type(event)](db, event)
