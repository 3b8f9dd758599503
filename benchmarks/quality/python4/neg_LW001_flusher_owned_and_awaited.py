# negative LW001: a long-running flusher task is owned by the service, cancelled and awaited on close, errors logged
"""Metrics rollup writer: buffers counters and flushes them to Postgres (psycopg 3 async)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter

import psycopg

log = logging.getLogger(__name__)


class RollupWriter:
    def __init__(self, dsn: str, interval: float = 5.0) -> None:
        self._dsn = dsn
        self._interval = interval
        self._counts: Counter[str] = Counter()
        self._task: asyncio.Task[None] | None = None

    def incr(self, name: str, by: int = 1) -> None:
        self._counts[name] += by

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="rollup-flusher")

    async def _flush(self) -> None:
        if not self._counts:
            return
        batch, self._counts = self._counts, Counter()
        try:
            async with await psycopg.AsyncConnection.connect(self._dsn) as conn:
                async with conn.cursor() as cur:
                    await cur.executemany(
                        "INSERT INTO rollups (name, n) VALUES (%s, %s)"
                        " ON CONFLICT (name) DO UPDATE SET n = rollups.n + excluded.n",
                        list(batch.items()),
                    )
        except BaseException:
            self._counts.update(batch)  # keep the counts for the next attempt
            raise

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                await self._flush()
            except psycopg.Error:
                log.exception("rollup flush failed, will retry next tick")

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._flush()  # final flush, awaited, errors propagate to the caller
