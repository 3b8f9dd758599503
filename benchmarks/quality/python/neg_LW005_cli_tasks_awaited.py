# negative LW005: not a request handler; a CLI seeding script creates insert tasks and waits for all of them
import asyncio
import json
import sys

import asyncpg


async def seed(dsn: str, path: str) -> None:
    pool = await asyncpg.create_pool(dsn)
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    tasks = [
        asyncio.create_task(
            pool.execute("INSERT INTO cities (name, pop) VALUES ($1, $2)", r["name"], r["pop"])
        )
        for r in rows
    ]
    await asyncio.gather(*tasks)
    await pool.close()
    print(f"seeded {len(rows)} cities")


if __name__ == "__main__":
    asyncio.run(seed(sys.argv[1], sys.argv[2]))
