# negative LW004: IntegrityError on insert is translated into a domain error with `raise ... from`, not swallowed
import sqlite3


class DuplicateHandle(Exception):
    def __init__(self, handle: str) -> None:
        super().__init__(f"handle already taken: {handle}")
        self.handle = handle


class MemberRegistry:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def register(self, handle: str, email: str) -> int:
        try:
            with self.db:
                cur = self.db.execute(
                    "INSERT INTO members (handle, email) VALUES (?, ?)", (handle, email)
                )
        except sqlite3.IntegrityError as exc:
            raise DuplicateHandle(handle) from exc
        return cur.lastrowid
