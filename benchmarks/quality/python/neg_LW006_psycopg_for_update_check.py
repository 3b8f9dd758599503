# negative LW006: the chapter projection locks the book row (SELECT ... FOR UPDATE) and skips if it is gone
import logging

import psycopg

logger = logging.getLogger(__name__)


class LibraryProjection:
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def apply_book_removed(self, event: dict) -> None:
        with self.conn.transaction():
            self.conn.execute("DELETE FROM books WHERE id = %s", (event["book_id"],))

    def apply_chapter_revised(self, event: dict) -> None:
        with self.conn.transaction():
            book = self.conn.execute(
                "SELECT id FROM books WHERE id = %s FOR UPDATE", (event["book_id"],)
            ).fetchone()
            if book is None:
                logger.warning(
                    "book %s removed; chapter %s skipped", event["book_id"], event["chapter_id"]
                )
                return
            self.conn.execute(
                "INSERT INTO chapters (id, book_id, title) VALUES (%s, %s, %s)"
                " ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title",
                (event["chapter_id"], event["book_id"], event["title"]),
            )
