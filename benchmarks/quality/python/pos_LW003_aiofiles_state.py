# positive LW003: an async service rewrites its state.json in place through aiofiles
import json

import aiofiles


class CrawlerState:
    def __init__(self, path: str) -> None:
        self.path = path
        self.seen: set[str] = set()
        self.cursor: str | None = None

    async def flush(self) -> None:
        async with aiofiles.open(self.path, "w") as fh:
            await fh.write(json.dumps({"seen": sorted(self.seen), "cursor": self.cursor}))
