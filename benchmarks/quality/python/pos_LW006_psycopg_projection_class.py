# positive LW006: a psycopg projection class with apply_* methods: the chapter upsert never checks that the book still exists
import psycopg


class LibraryProjection:
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def apply_book_removed(self, event: dict) -> None:
        with self.conn.transaction():
            self.conn.execute("DELETE FROM books WHERE id = %s", (event["book_id"],))

    def apply_chapter_revised(self, event: dict) -> None:
        with self.conn.transaction():
            self.conn.execute(
                "INSERT INTO chapters (id, book_id, title, text) VALUES (%s, %s, %s, %s)"
                " ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, text = EXCLUDED.text",
                (event["chapter_id"], event["book_id"], event["title"], event["text"]),
            )

    def apply(self, event: dict) -> None:
        getattr(self, f"apply_{event['type']}")(event)
