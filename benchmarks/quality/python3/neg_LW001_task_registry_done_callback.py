# Negative LW001: background saves are kept in a set with a done-callback that logs failures, drained on shutdown.
from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from notifications.store import NotificationStore

logger = logging.getLogger(__name__)


class BackgroundWrites:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str) -> asyncio.Task[Any]:
        task = asyncio.create_task(coro, name=name)
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


class NotificationService:
    def __init__(self, store: NotificationStore, writes: BackgroundWrites) -> None:
        self.store = store
        self.writes = writes

    def mark_read(self, user_id: int, notification_id: str) -> None:
        self.writes.spawn(
            self.store.mark_read(user_id, notification_id), name=f"mark-read-{notification_id}"
        )
