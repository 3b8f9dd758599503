# positive LW006: CommentEdited projection upserts into `comment` (FK post_id ON DELETE CASCADE) with no check that the post still exists; PostDeleted cascades
"""Read-model projector for the forum (sqlite3, events applied from the event log)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS post (id TEXT PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS comment (
    id TEXT PRIMARY KEY,
    post_id TEXT NOT NULL REFERENCES post(id) ON DELETE CASCADE,
    body TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class PostCreated:
    post_id: str
    title: str


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


@handles(PostCreated)
def on_post_created(db: sqlite3.Connection, event: PostCreated) -> None:
    db.execute("INSERT INTO post (id, title) VALUES (?, ?)", (event.post_id, event.title))


@handles(PostDeleted)
def on_post_deleted(db: sqlite3.Connection, event: PostDeleted) -> None:
    db.execute("DELETE FROM post WHERE id = ?", (event.post_id,))


@handles(CommentEdited)
def on_comment_edited(db: sqlite3.Connection, event: CommentEdited) -> None:
    db.execute(
        "INSERT INTO comment (id, post_id, body) VALUES (?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET body = excluded.body",
        (event.comment_id, event.post_id, event.body),
    )


def apply(db: sqlite3.Connection, event: object) -> None:
    with db:
        HANDLERS[type(event)](db, event)
