# negative LW045: the record and an outbox job are committed together; a worker computes the label and persists it with compare-and-set
import logging

import psycopg
from moderation.labels import label_for

log = logging.getLogger(__name__)


def save_post(conn: psycopg.Connection, post_id: str, text: str) -> None:
    with conn.transaction():
        conn.execute("INSERT INTO posts (id, text) VALUES (%s, %s)", (post_id, text))
        conn.execute("INSERT INTO outbox (kind, ref) VALUES ('label_post', %s)", (post_id,))


def run_outbox_once(conn: psycopg.Connection) -> int:
    done = 0
    with conn.transaction():
        jobs = conn.execute(
            "SELECT id, ref FROM outbox WHERE kind = 'label_post' ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED"
        ).fetchall()
        for job_id, post_id in jobs:
            (text,) = conn.execute("SELECT text FROM posts WHERE id = %s", (post_id,)).fetchone()
            conn.execute(
                "UPDATE posts SET label = %s WHERE id = %s AND label IS NULL",
                (label_for(text), post_id),
            )
            conn.execute("DELETE FROM outbox WHERE id = %s", (job_id,))
            done += 1
    log.info("labelled %d posts", done)
    return done
