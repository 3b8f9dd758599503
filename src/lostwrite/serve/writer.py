"""Group commit for counter events: concurrent POSTs share one durable transaction.

Each request puts its event on a queue and waits. One writer task takes everything queued
(up to ``max_batch``), stores it with one ``store.record`` call in a worker thread (one
transaction, one fsync) and answers every waiting request with its own result. A request is
answered only after its transaction committed, so a 201 always means "counted and durable";
if the commit fails, every request of the batch gets the error and nothing of it is counted.
"""

from __future__ import annotations

import asyncio
import contextlib

import anyio.to_thread

from lostwrite.serve.store import CounterStore, Event


class EventWriter:
    """Batches :class:`Event` writes to a :class:`CounterStore`."""

    def __init__(self, store: CounterStore, max_batch: int = 512) -> None:
        self.store = store
        self.max_batch = max_batch
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queue: asyncio.Queue[tuple[Event, asyncio.Future[bool]]] | None = None
        self._task: asyncio.Task[None] | None = None

    async def submit(self, event: Event) -> bool:
        """Store ``event``; True if counted, False if its ``event_id`` was already stored."""
        queue = self._ensure_running()
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        queue.put_nowait((event, future))
        return await future

    def _ensure_running(self) -> asyncio.Queue[tuple[Event, asyncio.Future[bool]]]:
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._task is None or self._task.done():
            # First use, or a new event loop (e.g. a test client per test): start afresh.
            self._loop = loop
            self._queue = asyncio.Queue()
            self._task = loop.create_task(self._run(self._queue))
        assert self._queue is not None
        return self._queue

    async def _run(self, queue: asyncio.Queue[tuple[Event, asyncio.Future[bool]]]) -> None:
        while True:
            batch = [await queue.get()]
            while len(batch) < self.max_batch and not queue.empty():
                batch.append(queue.get_nowait())
            events = [event for event, _ in batch]
            try:
                results = await anyio.to_thread.run_sync(self.store.record, events)
            except Exception as exc:
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), counted in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(counted)

    async def aclose(self) -> None:
        """Stop the writer task (queued events were all answered before their POSTs return)."""
        if self._task is not None and self._loop is asyncio.get_running_loop():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._task = None
