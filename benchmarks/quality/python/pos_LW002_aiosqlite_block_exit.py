# positive LW002: save_row(db, row) spawned inside `async with aiosqlite.connect(...)`; the connection closes on block exit
# ruff: noqa: RUF006
import asyncio

import aiosqlite


async def save_row(db: aiosqlite.Connection, row: tuple) -> None:
    await db.execute("INSERT INTO readings (sensor, value, ts) VALUES (?, ?, ?)", row)
    await db.commit()


async def ingest(path: str, rows: list[tuple]) -> None:
    async with aiosqlite.connect(path) as db:
        for row in rows:
            asyncio.create_task(save_row(db, row))
