"""Follow every asyncio task created while a test runs, to find the ones the test lost.

The pytest plugin sets ``TaskTracker.owner`` to the running test; while installed, the
tracker wraps three points of the standard event loop machinery:

- ``BaseEventLoop.create_task``: every task (``asyncio.create_task``, ``ensure_future``,
  ``TaskGroup``, ``run_until_complete``, anyio task groups) is recorded, weakly, with its
  owner and creation site;
- ``asyncio.runners._cancel_all_tasks``, the step of ``asyncio.run`` / ``asyncio.Runner``
  (also used by pytest-asyncio and anyio) that cancels whatever is still pending when a loop
  shuts down: those tasks were left pending;
- ``BaseEventLoop.call_exception_handler``: asyncio's own "Task exception was never
  retrieved" and "Task was destroyed but it is pending!" reports.

``finish(owner)`` also reports the tasks of that owner that are still pending or that hold
an exception nobody retrieved.
"""

from __future__ import annotations

import asyncio
import asyncio.runners
import os
import sys
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType
from typing import Any

__all__ = ["TaskProblem", "TaskTracker"]

_ASYNCIO_DIR = os.path.dirname(asyncio.__file__)
_GUARD_DIR = os.path.dirname(__file__)
_NEVER_RETRIEVED = "Task exception was never retrieved"
_DESTROYED_PENDING = "Task was destroyed but it is pending!"
# Test-runner plumbing that is pending by design when its loop closes.
_RUNNER_COROUTINES = frozenset({"TestRunner._run_tests_and_fixtures"})
# Packages whose frames only lead up to the test; cut from debug-mode creation tracebacks.
_RUNNER_PACKAGES = ("_pytest", "pluggy", "pytest_asyncio")
_RUNNER_FILES = (os.path.join("anyio", "pytest_plugin.py"),)


@dataclass(frozen=True)
class TaskProblem:
    """One lost task: what happened to it and where it was created."""

    task: str
    what: str
    site: str
    source_traceback: tuple[str, ...] = ()

    def describe(self) -> str:
        lines = [f"task {self.task}: {self.what}", f"    created at {self.site}"]
        lines.extend(f"    | {line}" for line in self.source_traceback)
        return "\n".join(lines)


@dataclass
class _Record:
    task: weakref.ref[asyncio.Task[Any]]
    owner: str | None
    site: str
    reported: bool = False


class TaskTracker:
    """Record tasks per owner (a test id) and report the ones that were lost.

    Records are keyed by ``id(task)`` with a weak reference, not by a weak-keyed mapping:
    the garbage collector clears weak references to a dead cycle *before* running the
    task's finaliser, and the finaliser is what reports "destroyed but pending".
    """

    def __init__(self) -> None:
        self.owner: str | None = None
        self._records: dict[int, _Record] = {}
        self._problems: dict[str, list[TaskProblem]] = {}
        self._lock = threading.RLock()
        self._restore: list[Callable[[], None]] = []

    @property
    def installed(self) -> bool:
        return bool(self._restore)

    def install(self) -> None:
        """Start watching (idempotent)."""
        if self.installed:
            return
        loop_class = asyncio.BaseEventLoop
        create_task = loop_class.create_task
        call_exception_handler = loop_class.call_exception_handler
        tracker = self

        def tracked_create_task(loop: Any, *args: Any, **kwargs: Any) -> Any:
            task = create_task(loop, *args, **kwargs)
            tracker._record(task)
            return task

        def reporting_exception_handler(loop: Any, context: dict[str, Any]) -> None:
            tracker._on_loop_report(context)
            call_exception_handler(loop, context)

        loop_class.create_task = tracked_create_task  # type: ignore[method-assign]
        loop_class.call_exception_handler = reporting_exception_handler  # type: ignore[method-assign]
        self._restore.append(lambda: setattr(loop_class, "create_task", create_task))
        self._restore.append(
            lambda: setattr(loop_class, "call_exception_handler", call_exception_handler)
        )
        cancel_all = getattr(asyncio.runners, "_cancel_all_tasks", None)
        if cancel_all is not None:

            def noting_cancel_all(loop: asyncio.AbstractEventLoop) -> None:
                for task in asyncio.all_tasks(loop):
                    tracker._flag(task, "was still pending when its event loop shut down")
                cancel_all(loop)

            asyncio.runners._cancel_all_tasks = noting_cancel_all  # type: ignore[attr-defined]
            self._restore.append(lambda: setattr(asyncio.runners, "_cancel_all_tasks", cancel_all))

    def uninstall(self) -> None:
        """Put the original functions back."""
        while self._restore:
            self._restore.pop()()

    def finish(self, owner: str) -> list[TaskProblem]:
        """Return (and forget) every problem of ``owner``'s tasks; call after its teardown.

        A task that is unreachable but not yet collected is still found through its weak
        reference here, so no garbage collection is needed to report it now.
        """
        with self._lock:
            for key, record in list(self._records.items()):
                task = record.task()
                if task is None:
                    del self._records[key]
                    continue
                if record.owner != owner:
                    continue
                if not task.done():
                    self._flag(task, "was still pending when the test ended")
                elif _exception_unretrieved(task):
                    self._flag(task, f"raised {task.exception()!r}, never retrieved")
                record.owner = None
            return self._problems.pop(owner, [])

    def _record(self, task: asyncio.Task[Any]) -> None:
        with self._lock:
            if self.owner is None or _coroutine_name(task) in _RUNNER_COROUTINES:
                self._records.pop(id(task), None)  # a stale record of a dead task with this id
                return
            self._records[id(task)] = _Record(
                weakref.ref(task), self.owner, _creation_site(sys._getframe(2))
            )

    def _on_loop_report(self, context: dict[str, Any]) -> None:
        message = context.get("message")
        task = context.get("future") or context.get("task")
        if not isinstance(task, asyncio.Task):
            return
        if message == _NEVER_RETRIEVED:
            self._flag(task, f"raised {context.get('exception')!r}, never retrieved")
        elif message == _DESTROYED_PENDING:
            self._flag(task, "was destroyed while still pending")

    def _flag(self, task: asyncio.Task[Any], what: str) -> None:
        with self._lock:
            record = self._records.get(id(task))
            if record is None or record.owner is None or record.reported:
                return
            record.reported = True
            problem = TaskProblem(
                task=f"{task.get_name()!r} ({_coroutine_name(task)})",
                what=what,
                site=record.site,
                source_traceback=_source_traceback(task),
            )
            self._problems.setdefault(record.owner, []).append(problem)


def _exception_unretrieved(task: asyncio.Task[Any]) -> bool:
    """True if the task failed and nobody awaited it or asked for its exception yet."""
    return not task.cancelled() and bool(getattr(task, "_log_traceback", False))


def _coroutine_name(task: asyncio.Task[Any]) -> str:
    coro = task.get_coro()
    return str(getattr(coro, "__qualname__", type(coro).__name__))


def _creation_site(frame: FrameType | None) -> str:
    """The innermost caller outside asyncio, anyio and lostwrite.guard: ``path:line in func``."""
    first = frame
    while frame is not None and _is_plumbing(frame.f_code.co_filename):
        frame = frame.f_back
    frame = frame or first
    if frame is None:
        return "?"
    return f"{_display_path(frame.f_code.co_filename)}:{frame.f_lineno} in {frame.f_code.co_name}"


def _source_traceback(task: asyncio.Task[Any]) -> tuple[str, ...]:
    """The creation stack asyncio keeps in debug mode (empty otherwise), without the frames
    of the test runner that lead to the test and the event loop plumbing."""
    stack = list(getattr(task, "_source_traceback", None) or ())
    runner_frames = [n for n, entry in enumerate(stack) if _is_runner_file(entry.filename)]
    if runner_frames:
        stack = stack[runner_frames[-1] + 1 :]
    return tuple(
        f"{_display_path(entry.filename)}:{entry.lineno} in {entry.name}"
        for entry in stack
        if not _is_plumbing(entry.filename)
    )


def _is_plumbing(filename: str) -> bool:
    """Event loop and task-group internals (and this package) between user code and a task."""
    return filename.startswith((_ASYNCIO_DIR, _GUARD_DIR)) or f"{os.sep}anyio{os.sep}" in filename


def _is_runner_file(filename: str) -> bool:
    return filename.endswith(_RUNNER_FILES) or any(
        f"{os.sep}{name}{os.sep}" in filename for name in _RUNNER_PACKAGES
    )


def _display_path(filename: str) -> str:
    try:
        relative = os.path.relpath(filename)
    except ValueError:
        return filename
    return filename if relative.startswith("..") else relative
