# Negative LW001: telemetry writer bounds the insert with wait_for but still awaits it and propagates failure.
from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from psycopg import AsyncConnection

logger = logging.getLogger(__name__)

WRITE_TIMEOUT = 2.5


async def _insert_reading(conn: AsyncConnection, sensor: str, value: float, at: datetime) -> None:
    async with conn.cursor() as cur:
        await cur.execute(
            "INSERT INTO readings (sensor, value, at) VALUES (%s, %s, %s)", (sensor, value, at)
        )
    await conn.commit()


class TelemetryWriter:
    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn
        self.written = 0

    async def write(self, sensor: str, value: float, at: datetime) -> None:
        try:
            await asyncio.wait_for(_insert_reading(self.conn, sensor, value, at), WRITE_TIMEOUT)
        except TimeoutError:
            logger.error("reading for %s timed out after %.1fs", sensor, WRITE_TIMEOUT)
            raise
        self.written += 1
