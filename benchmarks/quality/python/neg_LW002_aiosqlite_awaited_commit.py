# negative LW002: a class-based store awaits its insert and commit inside the aiosqlite connection block
import aiosqlite


class NoteStore:
    def __init__(self, path: str) -> None:
        self.path = path

    async def add(self, title: str, body: str) -> int:
        async with aiosqlite.connect(self.path) as db:
            cursor = await db.execute(
                "INSERT INTO notes (title, body) VALUES (?, ?)", (title, body)
            )
            await db.commit()
            return cursor.lastrowid
