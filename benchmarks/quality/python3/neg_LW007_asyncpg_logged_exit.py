# Negative LW007: ingestion script logs the PostgresError with the file name and traceback, then exits non-zero.
import asyncio
import logging
import sys
from pathlib import Path

import asyncpg

logger = logging.getLogger("trades.ingest")


async def ingest(dsn: str, csv_path: Path) -> int:
    conn = await asyncpg.connect(dsn)
    try:
        async with conn.transaction():
            with csv_path.open("rb") as fh:
                await conn.copy_to_table("staging_trades", source=fh, format="csv", header=True)
            await conn.execute(
                "INSERT INTO trades SELECT * FROM staging_trades ON CONFLICT DO NOTHING"
            )
    except asyncpg.PostgresError:
        logger.error("ingest of %s failed; no trades committed", csv_path, exc_info=True)
        return 1
    finally:
        await conn.close()
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(asyncio.run(ingest(sys.argv[1], Path(sys.argv[2]))))
