"""TaskKeeper: strong references, failure logging and counting, drain, async-with."""

from __future__ import annotations

import asyncio
import gc
import logging
import warnings
import weakref

import pytest

from lostwrite.guard import DrainTimeout, TaskKeeper


async def _write(store: list[str], value: str, delay: float = 0.01) -> str:
    await asyncio.sleep(delay)
    store.append(value)
    return value


async def _fail(message: str) -> None:
    await asyncio.sleep(0)
    raise RuntimeError(message)


@pytest.mark.parametrize("kept", [True, False])
def test_a_blocked_task_without_a_handle_survives_gc_only_when_kept(kept: bool) -> None:
    """The loop holds tasks weakly: a task parked on a future nobody else holds is garbage."""

    async def main() -> bool:
        keeper = TaskKeeper()
        loop = asyncio.get_running_loop()

        async def parked() -> None:
            await loop.create_future()

        task = keeper.spawn(parked()) if kept else loop.create_task(parked())
        handle = weakref.ref(task)
        del task
        await asyncio.sleep(0)
        gc.collect()
        survivor = handle()
        if survivor is not None:
            survivor.cancel()
            await keeper.drain()
        return survivor is not None

    assert asyncio.run(main()) is kept


def test_spawn_returns_the_task_and_drain_waits_for_it() -> None:
    async def main() -> tuple[list[str], str, int]:
        keeper = TaskKeeper()
        store: list[str] = []
        task = keeper.spawn(_write(store, "a", 0.05), name="write-a")
        keeper.spawn(_write(store, "b", 0.01))
        assert keeper.pending == 2
        await keeper.drain(timeout=5)
        return store, await task, keeper.pending

    store, result, pending = asyncio.run(main())
    assert sorted(store) == ["a", "b"]
    assert result == "a"
    assert pending == 0


def test_drain_includes_tasks_spawned_while_draining() -> None:
    async def main() -> list[str]:
        keeper = TaskKeeper()
        store: list[str] = []

        async def chain() -> None:
            await asyncio.sleep(0.01)
            keeper.spawn(_write(store, "follow-up", 0.05), name="follow-up")

        keeper.spawn(chain(), name="first")
        await keeper.drain()
        return store

    assert asyncio.run(main()) == ["follow-up"]


def test_failure_is_logged_at_error_with_name_site_and_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def main() -> TaskKeeper:
        keeper = TaskKeeper()
        keeper.spawn(_fail("disk said no"), name="save-user-42")
        keeper.spawn(_fail("again"), name="save-user-43")
        keeper.spawn(_write([], "fine"), name="fine")
        await keeper.drain()
        return keeper

    with caplog.at_level(logging.ERROR, logger="lostwrite.guard"):
        keeper = asyncio.run(main())
    assert keeper.failures == 2
    assert keeper.cancelled == 0
    records = [r for r in caplog.records if r.name == "lostwrite.guard"]
    assert [r.levelno for r in records] == [logging.ERROR, logging.ERROR]
    first = next(r for r in records if "save-user-42" in r.getMessage())
    assert "disk said no" in first.getMessage()
    assert f"{__file__}:" in first.getMessage()
    assert first.exc_info is not None and first.exc_info[0] is RuntimeError
    assert "raise RuntimeError(message)" in caplog.text


def test_failures_are_retrieved_so_asyncio_reports_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def main() -> None:
        keeper = TaskKeeper()
        keeper.spawn(_fail("x"), name="failing")
        await keeper.drain()

    with caplog.at_level(logging.ERROR):
        asyncio.run(main())
        gc.collect()
    assert "never retrieved" not in caplog.text


def test_drain_timeout_raises_names_the_pending_and_leaves_them_running() -> None:
    async def main() -> tuple[DrainTimeout, list[str], int]:
        keeper = TaskKeeper()
        store: list[str] = []
        keeper.spawn(_write(store, "slow", 0.3), name="slow-write")
        keeper.spawn(_write(store, "quick", 0.0), name="quick-write")
        with pytest.raises(DrainTimeout) as caught:
            await keeper.drain(timeout=0.05)
        still_pending = keeper.pending
        await keeper.drain()
        return caught.value, store, still_pending

    error, store, still_pending = asyncio.run(main())
    assert isinstance(error, TimeoutError)
    assert error.pending == ["slow-write"]
    assert error.timeout == 0.05
    assert "slow-write" in str(error)
    assert still_pending == 1
    assert sorted(store) == ["quick", "slow"]


def test_async_with_drains_on_exit() -> None:
    async def main() -> tuple[list[str], int]:
        store: list[str] = []
        async with TaskKeeper() as keeper:
            for n in range(5):
                keeper.spawn(_write(store, str(n), 0.02 * n), name=f"write-{n}")
        return store, keeper.pending

    store, pending = asyncio.run(main())
    assert sorted(store) == ["0", "1", "2", "3", "4"]
    assert pending == 0


def test_async_with_drains_even_when_the_body_raises() -> None:
    store: list[str] = []

    async def main() -> None:
        async with TaskKeeper() as keeper:
            keeper.spawn(_write(store, "kept", 0.02))
            raise KeyError("body failed")

    with pytest.raises(KeyError):
        asyncio.run(main())
    assert store == ["kept"]


def test_exit_timeout_cancels_logs_and_raises(caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> TaskKeeper:
        keeper = TaskKeeper(drain_timeout=0.05)
        with pytest.raises(DrainTimeout, match="stuck-write"):
            async with keeper:
                keeper.spawn(asyncio.sleep(30), name="stuck-write")
        return keeper

    with caplog.at_level(logging.WARNING, logger="lostwrite.guard"):
        keeper = asyncio.run(main())
    assert keeper.pending == 0
    assert keeper.cancelled == 1
    assert keeper.failures == 0
    assert "'stuck-write'" in caplog.text
    assert "cancelled before it finished" in caplog.text


def test_spawn_after_close_is_refused_without_leaking_the_coroutine() -> None:
    async def main() -> None:
        async with TaskKeeper() as keeper:
            pass
        coro = _write([], "late")
        with pytest.raises(RuntimeError, match="closed"):
            keeper.spawn(coro)
        assert coro.cr_frame is None  # closed, so no "never awaited" warning either

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        asyncio.run(main())


def test_spawn_outside_an_event_loop_is_refused_cleanly() -> None:
    coro = _write([], "nowhere")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(RuntimeError, match="no running event loop"):
            TaskKeeper().spawn(coro)
    assert coro.cr_frame is None
