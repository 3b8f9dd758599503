# Positive LW002: import job starts the inventory insert in the background, then its finally closes the connection.
import asyncio
import logging
import sys

import asyncpg
from inventory.feed import read_feed

logger = logging.getLogger("inventory.import")


async def import_feed(dsn: str, feed_path: str) -> int:
    conn = await asyncpg.connect(dsn)
    try:
        rows = [(r.sku, r.location, r.quantity) for r in read_feed(feed_path)]
        asyncio.create_task(
            conn.executemany(
                "INSERT INTO inventory (sku, location, quantity) VALUES ($1, $2, $3)"
                " ON CONFLICT (sku, location) DO UPDATE SET quantity = EXCLUDED.quantity",
                rows,
            )
        )
        logger.info("import of %d rows started", len(rows))
        return len(rows)
    finally:
        await conn.close()


if __name__ == "__main__":
    count = asyncio.run(import_feed(sys.argv[1], sys.argv[2]))
    print(f"{count} rows")
