# Negative LW006: hourly metric rollups are upserted into a table with no parent row and no foreign key.
from __future__ import annotations

from datetime import datetime

import asyncpg


class RollupWriter:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def add(self, metric: str, hour: datetime, value: float) -> None:
        await self.pool.execute(
            """
            INSERT INTO metric_rollups (metric, hour, total, samples)
            VALUES ($1, $2, $3, 1)
            ON CONFLICT (metric, hour) DO UPDATE
              SET total = metric_rollups.total + EXCLUDED.total,
                  samples = metric_rollups.samples + 1
            """,
            metric,
            hour,
            value,
        )
