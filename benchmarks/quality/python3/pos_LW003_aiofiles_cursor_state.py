# Positive LW003: async crawler stores its frontier cursor by truncating and rewriting cursor.json with aiofiles.
from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiofiles
import httpx


class Frontier:
    def __init__(self, state_dir: Path) -> None:
        self.cursor_path = state_dir / "cursor.json"
        self.queue: list[str] = []
        self.visited: set[str] = set()

    async def load(self) -> None:
        if self.cursor_path.exists():
            async with aiofiles.open(self.cursor_path) as fh:
                state = json.loads(await fh.read())
            self.queue, self.visited = state["queue"], set(state["visited"])

    async def checkpoint(self) -> None:
        state = {"queue": self.queue, "visited": sorted(self.visited)}
        async with aiofiles.open(self.cursor_path, "w") as fh:
            await fh.write(json.dumps(state))


async def crawl(frontier: Frontier, client: httpx.AsyncClient, limit: int) -> None:
    await frontier.load()
    fetched = 0
    while frontier.queue and fetched < limit:
        url = frontier.queue.pop(0)
        if url in frontier.visited:
            continue
        await client.get(url)
        frontier.visited.add(url)
        fetched += 1
        if fetched % 50 == 0:
            await frontier.checkpoint()
    await frontier.checkpoint()


if __name__ == "__main__":

    async def _main() -> None:
        async with httpx.AsyncClient() as client:
            await crawl(Frontier(Path("state")), client, 1000)

    asyncio.run(_main())
