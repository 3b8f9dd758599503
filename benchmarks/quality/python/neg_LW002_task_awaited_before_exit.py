# negative LW002: the spawned write is awaited before the `async with` closes the aiosqlite connection
import asyncio

import aiosqlite


async def save_row(db: aiosqlite.Connection, row: tuple) -> None:
    await db.execute("INSERT INTO readings (sensor, value, ts) VALUES (?, ?, ?)", row)


async def ingest(path: str, rows: list[tuple], calibrate) -> None:
    async with aiosqlite.connect(path) as db:
        pending = [asyncio.create_task(save_row(db, row)) for row in rows]
        await calibrate()
        await asyncio.gather(*pending)
        await db.commit()
