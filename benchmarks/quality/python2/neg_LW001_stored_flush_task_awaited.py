# negative LW001: a buffered writer keeps its flush task in an attribute and awaits it in close()
from __future__ import annotations

import asyncio


class MetricsBuffer:
    """Batches counter rows and flushes them to ClickHouse over HTTP."""

    def __init__(self, client, table: str, interval: float = 5.0) -> None:
        self._client = client
        self._table = table
        self._interval = interval
        self._rows: list[dict] = []
        self._flusher: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._flusher = asyncio.create_task(self._run())

    def add(self, row: dict) -> None:
        self._rows.append(row)

    async def _flush(self) -> None:
        rows, self._rows = self._rows, []
        if rows:
            resp = await self._client.post(
                f"/?query=INSERT INTO {self._table} FORMAT JSONEachRow", json=rows
            )
            resp.raise_for_status()

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            await self._flush()

    async def close(self) -> None:
        if self._flusher is not None:
            self._flusher.cancel()
            try:
                await self._flusher
            except asyncio.CancelledError:
                pass
        await self._flush()
