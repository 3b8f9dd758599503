# Negative LW002: import job waits for its in-flight insert task before the finally closes the connection.
import asyncio
import logging

import asyncpg
from inventory.feed import read_feed

logger = logging.getLogger("inventory.import")


async def import_feed(dsn: str, feed_path: str) -> int:
    conn = await asyncpg.connect(dsn)
    pending: asyncio.Task[None] | None = None
    try:
        rows = [(r.sku, r.location, r.quantity) for r in read_feed(feed_path)]
        pending = asyncio.create_task(
            conn.executemany(
                "INSERT INTO inventory (sku, location, quantity) VALUES ($1, $2, $3)"
                " ON CONFLICT (sku, location) DO UPDATE SET quantity = EXCLUDED.quantity",
                rows,
            )
        )
        logger.info("import of %d rows started", len(rows))
        await pending
        return len(rows)
    finally:
        if pending is not None and not pending.done():
            await asyncio.wait({pending}, timeout=30)
        await conn.close()
