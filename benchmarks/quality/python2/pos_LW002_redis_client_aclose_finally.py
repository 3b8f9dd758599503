# positive LW002: a session store spawns client.hset(...) and then `finally: await client.aclose()` closes the client under it
from __future__ import annotations

import asyncio
import json

import redis.asyncio as redis


class SessionVault:
    def __init__(self, url: str) -> None:
        self.url = url
        self.tasks: set[asyncio.Task] = set()

    async def load(self, sid: str) -> dict:
        client = redis.from_url(self.url)
        try:
            raw = await client.hgetall(f"session:{sid}")
            return {k.decode(): json.loads(v) for k, v in raw.items()}
        finally:
            await client.aclose()

    async def save(self, sid: str, data: dict) -> None:
        client = redis.from_url(self.url)
        try:
            mapping = {k: json.dumps(v) for k, v in data.items()}
            task = asyncio.ensure_future(client.hset(f"session:{sid}", mapping=mapping))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        finally:
            await client.aclose()
