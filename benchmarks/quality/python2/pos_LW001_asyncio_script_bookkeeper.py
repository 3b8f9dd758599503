# positive LW001: plain asyncio import script spawns bookkeeper.record(...) tasks in a loop and never collects them
# ruff: noqa: RUF006
import asyncio
import csv
import sys
from pathlib import Path

import aiosqlite


class Bookkeeper:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self.db = db

    async def record(self, row: dict[str, str]) -> None:
        await self.db.execute(
            "INSERT INTO invoices (number, customer, total) VALUES (?, ?, ?)",
            (row["number"], row["customer"], row["total"]),
        )
        await self.db.commit()


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as fh:
        return list(csv.DictReader(fh))


async def main(path: Path) -> int:
    rows = read_rows(path)
    async with aiosqlite.connect("books.db") as db:
        keeper = Bookkeeper(db)
        for row in rows:
            asyncio.create_task(keeper.record(row))
        print(f"imported {len(rows)} invoices")
        await asyncio.sleep(0)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(Path(sys.argv[1]))))
