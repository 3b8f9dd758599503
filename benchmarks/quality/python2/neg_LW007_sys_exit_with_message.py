# negative LW007: sys.exit is given a message naming the row and the error, which Python prints to stderr before exiting
import asyncio
import sys

import asyncpg


async def backfill_slugs(dsn: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        for row in await conn.fetch("SELECT id, title FROM articles WHERE slug IS NULL"):
            slug = "-".join(row["title"].lower().split())[:80]
            try:
                await conn.execute("UPDATE articles SET slug = $1 WHERE id = $2", slug, row["id"])
            except asyncpg.PostgresError as exc:
                sys.exit(f"backfill stopped: article {row['id']} slug update failed: {exc!r}")
    finally:
        await conn.close()


if __name__ == "__main__":
    asyncio.run(backfill_slugs("postgresql://cms@db/cms"))
