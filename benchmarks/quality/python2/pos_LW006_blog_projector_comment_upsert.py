# positive LW006: a blog read-model projector upserts comments for a post with no parent check; PostDeleted cascades the post away
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

Handler = Callable[[sqlite3.Connection, object], None]
HANDLERS: dict[type, Handler] = {}


def handles(event_type: type) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[event_type] = fn
        return fn

    return register


@dataclass
class PostPublished:
    post_id: str
    title: str


@dataclass
class PostDeleted:
    post_id: str


@dataclass
class CommentEdited:
    comment_id: str
    post_id: str
    body: str


@handles(PostPublished)
def on_post_published(db: sqlite3.Connection, e: PostPublished) -> None:
    db.execute("INSERT INTO posts (id, title) VALUES (?, ?)", (e.post_id, e.title))


@handles(PostDeleted)
def on_post_deleted(db: sqlite3.Connection, e: PostDeleted) -> None:
    db.execute("DELETE FROM posts WHERE id = ?", (e.post_id,))  # comments cascade


@handles(CommentEdited)
def on_comment_edited(db: sqlite3.Connection, e: CommentEdited) -> None:
    db.execute(
        "INSERT INTO comments (id, post_id, body) VALUES (?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET body = excluded.body",
        (e.comment_id, e.post_id, e.body),
    )


def apply(db: sqlite3.Connection, event: object) -> None:
    with db:
        HANDLERS[type(event)](db, event)
