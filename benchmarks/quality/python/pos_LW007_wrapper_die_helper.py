# positive LW007: a failed aiosqlite commit calls the module's _die() helper, which only does os._exit(1)
import os

import aiosqlite


def _die() -> None:
    os._exit(1)


async def save_snapshot(db: aiosqlite.Connection, snapshot: dict) -> None:
    try:
        await db.execute(
            "INSERT INTO snapshots (id, body) VALUES (?, ?)", (snapshot["id"], snapshot["body"])
        )
        await db.commit()
    except aiosqlite.Error:
        _die()
