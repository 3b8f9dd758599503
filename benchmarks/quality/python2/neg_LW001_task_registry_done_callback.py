# negative LW001: background vault writes are kept in a set with a done-callback that logs failures, drained on shutdown
from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

logger = logging.getLogger(__name__)


class BackgroundWrites:
    """Owns every background write: strong references, error logging, drain on shutdown."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, Any], *, what: str) -> asyncio.Task[Any]:
        task = asyncio.create_task(coro, name=what)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            logger.error("background write %s was cancelled", task.get_name())
        elif (exc := task.exception()) is not None:
            logger.error("background write %s failed", task.get_name(), exc_info=exc)

    async def drain(self, timeout: float = 10.0) -> None:
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=timeout)


class Vault:
    def __init__(self, redis) -> None:
        self.redis = redis

    async def put(self, key: str, value: bytes) -> None:
        await self.redis.set(f"vault:{key}", value)


async def remember_session(writes: BackgroundWrites, vault: Vault, sid: str, blob: bytes) -> None:
    writes.spawn(vault.put(sid, blob), what=f"vault.put {sid}")
