"""TaskKeeper: background tasks that are kept alive, reported when they fail, and drained.

``asyncio.create_task(save(x))`` with a dropped handle is the classic lost write (LW001):
the event loop only keeps a weak reference, a failure is reported at best when the task is
garbage-collected, and shutdown cancels whatever is still running. A ``TaskKeeper`` holds a
strong reference to every task it spawns, logs each failure at ERROR on the
``lostwrite.guard`` logger with the task's name, spawn site and traceback, counts failures,
and lets the owner wait for everything pending (``drain``) before the connection or pool the
tasks write through is closed.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Coroutine
from types import TracebackType
from typing import Any, TypeVar

__all__ = ["DrainTimeout", "TaskKeeper"]

T = TypeVar("T")

logger = logging.getLogger("lostwrite.guard")


class DrainTimeout(TimeoutError):
    """``drain`` ran out of time; ``pending`` names the tasks that were still running."""

    def __init__(self, timeout: float, pending: list[str]) -> None:
        self.timeout = timeout
        self.pending = pending
        super().__init__(
            f"{len(pending)} task(s) still pending after {timeout:g}s: {', '.join(pending)}"
        )


class TaskKeeper:
    """Spawn background tasks that cannot be silently lost.

    ``keeper.spawn(coro, name=...)`` starts a task and keeps it referenced until it ends.
    ``await keeper.drain(timeout)`` waits for every pending task, including tasks spawned
    while draining. ``async with TaskKeeper() as keeper:`` drains on exit; if the
    ``drain_timeout`` given to the constructor runs out there, the remaining tasks are
    cancelled (each logged as a possibly lost write) and :class:`DrainTimeout` is raised.

    ``failures`` counts tasks that ended with an exception, ``cancelled`` tasks that were
    cancelled before they finished, ``pending`` the tasks still running.
    """

    def __init__(self, *, drain_timeout: float | None = None) -> None:
        self._drain_timeout = drain_timeout
        self._tasks: set[asyncio.Task[Any]] = set()
        self._sites: dict[asyncio.Task[Any], str] = {}
        self._closed = False
        self.failures = 0
        self.cancelled = 0

    @property
    def pending(self) -> int:
        """Number of spawned tasks that have not finished yet."""
        return len(self._tasks)

    def spawn(self, coro: Coroutine[Any, Any, T], *, name: str | None = None) -> asyncio.Task[T]:
        """Start ``coro`` as a task in the running loop and keep it until it finishes."""
        try:
            if self._closed:
                raise RuntimeError("TaskKeeper is closed: it no longer accepts tasks")
            loop = asyncio.get_running_loop()
        except RuntimeError:
            coro.close()  # refused: no "coroutine was never awaited" warning on top
            raise
        caller = sys._getframe(1)
        task = loop.create_task(coro, name=name)
        self._tasks.add(task)
        self._sites[task] = f"{caller.f_code.co_filename}:{caller.f_lineno}"
        task.add_done_callback(self._finished)
        return task

    async def drain(self, timeout: float | None = None) -> None:
        """Wait until no spawned task is pending.

        Task failures do not make ``drain`` raise: they were logged and counted in
        ``failures`` when they happened. If ``timeout`` seconds pass first,
        :class:`DrainTimeout` is raised and the unfinished tasks keep running (and stay
        tracked), so the caller can drain again or cancel them.
        """
        if timeout is None:
            while pending := self._unfinished():
                await asyncio.wait(pending)
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while pending := self._unfinished():
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise DrainTimeout(timeout, sorted(task.get_name() for task in pending))
            await asyncio.wait(pending, timeout=remaining)

    async def __aenter__(self) -> TaskKeeper:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            await self.drain(self._drain_timeout)
        except DrainTimeout:
            leftovers = list(self._tasks)
            for task in leftovers:
                task.cancel()
            await asyncio.gather(*leftovers, return_exceptions=True)
            raise
        finally:
            self._closed = True

    def _unfinished(self) -> set[asyncio.Task[Any]]:
        return {task for task in self._tasks if not task.done()}

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        site = self._sites.pop(task, "?")
        if task.cancelled():
            self.cancelled += 1
            logger.warning(
                "task %r (spawned at %s) was cancelled before it finished; its write may be lost",
                task.get_name(),
                site,
            )
            return
        error = task.exception()
        if error is not None:
            self.failures += 1
            logger.error(
                "task %r (spawned at %s) failed: %r",
                task.get_name(),
                site,
                error,
                exc_info=error,
            )
