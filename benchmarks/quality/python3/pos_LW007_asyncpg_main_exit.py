# Positive LW007: async ingestion script exits with status 1 on a PostgresError during the copy, logging nothing.
import asyncio
import sys
from pathlib import Path

import asyncpg


async def ingest(dsn: str, csv_path: Path) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        async with conn.transaction():
            await conn.execute("TRUNCATE staging_trades")
            with csv_path.open("rb") as fh:
                await conn.copy_to_table("staging_trades", source=fh, format="csv", header=True)
            await conn.execute(
                "INSERT INTO trades SELECT * FROM staging_trades ON CONFLICT DO NOTHING"
            )
    except asyncpg.PostgresError:
        sys.exit(1)
    finally:
        await conn.close()


if __name__ == "__main__":
    asyncio.run(ingest(sys.argv[1], Path(sys.argv[2])))
