# negative LW006: the fixed projector checks that the post still exists before upserting the comment, and skips with a warning
import logging
import sqlite3
from dataclasses import dataclass

log = logging.getLogger("projector")


@dataclass
class PostDeleted:
    post_id: str


@dataclass
class CommentEdited:
    comment_id: str
    post_id: str
    body: str


def on_post_deleted(db: sqlite3.Connection, e: PostDeleted) -> None:
    db.execute("DELETE FROM posts WHERE id = ?", (e.post_id,))


def on_comment_edited(db: sqlite3.Connection, e: CommentEdited) -> None:
    parent = db.execute("SELECT 1 FROM posts WHERE id = ?", (e.post_id,)).fetchone()
    if parent is None:
        log.warning("skipping comment %s: post %s was deleted", e.comment_id, e.post_id)
        return
    db.execute(
        "INSERT INTO comments (id, post_id, body) VALUES (?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET body = excluded.body",
        (e.comment_id, e.post_id, e.body),
    )
