# negative LW045: geocoding and classification are gathered first; the store row is inserted once, complete
import asyncio
import json

import aiosqlite


async def geocode(address: str) -> dict:
    from geo.offline import lookup

    return lookup(address)


async def categorise(name: str) -> str:
    from geo.categories import guess

    return guess(name)


async def import_store(db: aiosqlite.Connection, row: dict) -> None:
    row["geo"], row["category"] = await asyncio.gather(
        geocode(row["address"]), categorise(row["name"])
    )
    await db.execute("INSERT INTO stores (id, body) VALUES (?, ?)", (row["id"], json.dumps(row)))
    await db.commit()
