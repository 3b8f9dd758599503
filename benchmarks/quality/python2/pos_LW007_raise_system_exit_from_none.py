# positive LW007: an asyncio migration script turns a failed asyncpg write into `raise SystemExit(2) from None`, dropping the cause
import asyncio

import asyncpg


async def backfill_slugs(dsn: str) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch("SELECT id, title FROM articles WHERE slug IS NULL")
        for row in rows:
            slug = "-".join(row["title"].lower().split())[:80]
            try:
                await conn.execute("UPDATE articles SET slug = $1 WHERE id = $2", slug, row["id"])
            except asyncpg.PostgresError:
                raise SystemExit(2) from None
    finally:
        await conn.close()


if __name__ == "__main__":
    asyncio.run(backfill_slugs("postgresql://cms@db/cms"))
