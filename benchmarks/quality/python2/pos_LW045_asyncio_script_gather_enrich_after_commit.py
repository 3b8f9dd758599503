# positive LW045: a plain asyncio script commits each record via aiosqlite, then a gather of enrichment tasks only mutates the dicts
import asyncio
import json

import aiosqlite


async def geocode(address: str) -> dict:
    await asyncio.sleep(0)
    from geo.offline import lookup

    return lookup(address)


async def import_stores(rows: list[dict]) -> None:
    async with aiosqlite.connect("stores.db") as db:
        for row in rows:
            await db.execute(
                "INSERT INTO stores (id, body) VALUES (?, ?)", (row["id"], json.dumps(row))
            )
        await db.commit()

    async def enrich(row: dict) -> None:
        row["geo"] = await geocode(row["address"])

    await asyncio.gather(*(enrich(r) for r in rows))
    print(f"imported {len(rows)} stores")


if __name__ == "__main__":
    asyncio.run(import_stores(json.load(open("stores.json"))))
