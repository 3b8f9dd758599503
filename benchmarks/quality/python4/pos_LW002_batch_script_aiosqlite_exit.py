# positive LW002: import script schedules one INSERT task per row on an aiosqlite connection, then leaves the `async with` that closes it
"""Import bookmarks exported from the browser into the archive database."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import aiosqlite


async def store_bookmark(archive: aiosqlite.Connection, item: dict) -> None:
    await archive.execute(
        "INSERT OR IGNORE INTO bookmarks (url, title, added) VALUES (?, ?, ?)",
        (item["url"], item.get("title", ""), item["dateAdded"]),
    )
    await archive.commit()


async def import_file(export: Path, db_path: Path) -> int:
    items = json.loads(export.read_text())["bookmarks"]
    async with aiosqlite.connect(db_path) as archive:
        await archive.execute(
            "CREATE TABLE IF NOT EXISTS bookmarks (url TEXT PRIMARY KEY, title TEXT, added INT)"
        )
        for item in items:
            asyncio.create_task(store_bookmark(archive, item))  # noqa: RUF006
    return len(items)


if __name__ == "__main__":
    n = asyncio.run(import_file(Path(sys.argv[1]), Path(sys.argv[2])))
    print(f"imported {n} bookmarks")
