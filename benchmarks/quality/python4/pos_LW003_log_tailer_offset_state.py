# positive LW003: a log shipper keeps its byte offset in a state file rewritten with write_text on every batch
"""Log shipper: tails an access log and ships batches to the indexer (plain asyncio daemon)."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import httpx

log = logging.getLogger("shipper")


class Tailer:
    def __init__(self, source: Path, state_file: Path, indexer: str) -> None:
        self.source = source
        self.state_file = state_file
        self.indexer = indexer

    def _load_offset(self) -> int:
        try:
            return int(json.loads(self.state_file.read_text())["offset"])
        except FileNotFoundError:
            return 0

    def _store_offset(self, offset: int) -> None:
        self.state_file.write_text(json.dumps({"path": str(self.source), "offset": offset}))

    async def _ship(self, client: httpx.AsyncClient, lines: list[str]) -> None:
        resp = await client.post(self.indexer, content="\n".join(lines))
        resp.raise_for_status()

    async def run(self) -> None:
        offset = self._load_offset()
        async with httpx.AsyncClient() as client:
            while True:
                with self.source.open("rb") as fh:
                    fh.seek(offset)
                    chunk = fh.read(1 << 20)
                lines = chunk.decode(errors="replace").splitlines()
                if lines and not chunk.endswith(b"\n"):
                    chunk = chunk[: chunk.rfind(b"\n") + 1]
                    lines = lines[:-1]
                if lines:
                    await self._ship(client, lines)
                    offset += len(chunk)
                    self._store_offset(offset)
                await asyncio.sleep(1.0)
