"""pytest plugin: fail a test that loses an asyncio task (a likely lost write).

Opt-in; loaded but switched off it only registers its option and markers. Switch it on for a
whole suite with ``--lostwrite`` or ``lostwrite = true`` in the pytest ini section, or for
single tests/modules with ``@pytest.mark.lostwrite``; ``@pytest.mark.lostwrite_ignore``
exempts a test. A checked test gets an error at teardown when one of the tasks created
during its setup, call or teardown (function-scoped fixtures included)

- was still pending when the test ended or when its event loop shut down (and was
  cancelled then: ``asyncio.run``, pytest-asyncio and anyio all cancel leftovers silently),
- was destroyed while still pending, or
- failed with an exception that nobody retrieved (awaited, ``result()``, ``exception()``).

Each problem names the task, its coroutine and its creation site; in asyncio debug mode
(``PYTHONASYNCIODEBUG=1``; pytest-asyncio: ``--asyncio-debug``) also the creation traceback.
A test that already failed in setup or call gets no extra error: its leftovers are expected.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import pytest

from lostwrite.guard.tracking import TaskProblem, TaskTracker

_ENABLE_MARKER = "lostwrite"
_IGNORE_MARKER = "lostwrite_ignore"
_CHECKER_NAME = "lostwrite-task-checker"
_ALREADY_FAILED = pytest.StashKey[bool]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("lostwrite", "lostwrite: lost asyncio tasks")
    group.addoption(
        "--lostwrite",
        action="store_true",
        default=False,
        help="fail tests that leave asyncio tasks pending or task exceptions unretrieved",
    )
    parser.addini(
        "lostwrite",
        type="bool",
        default=False,
        help="check every test as with --lostwrite",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{_ENABLE_MARKER}: fail this test if it loses an asyncio task (as with --lostwrite)",
    )
    config.addinivalue_line(
        "markers", f"{_IGNORE_MARKER}: do not check this test for lost asyncio tasks"
    )
    # The default covers a late registration (pytest_plugins in a test module).
    suite_wide = bool(config.getoption("lostwrite", default=False) or config.getini("lostwrite"))
    config.pluginmanager.register(TaskChecker(suite_wide), _CHECKER_NAME)


def pytest_unconfigure(config: pytest.Config) -> None:
    checker = config.pluginmanager.get_plugin(_CHECKER_NAME)
    if isinstance(checker, TaskChecker):
        checker.tracker.uninstall()
        config.pluginmanager.unregister(checker, _CHECKER_NAME)


class TaskChecker:
    """Points the tracker at the running test and turns its findings into a test error."""

    def __init__(self, suite_wide: bool) -> None:
        self.suite_wide = suite_wide
        self.tracker = TaskTracker()
        if suite_wide:
            self.tracker.install()

    def _checks(self, item: pytest.Item) -> bool:
        if item.get_closest_marker(_IGNORE_MARKER) is not None:
            return False
        return self.suite_wide or item.get_closest_marker(_ENABLE_MARKER) is not None

    @pytest.hookimpl(wrapper=True, tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> Generator[None, Any, Any]:
        if self._checks(item):
            self.tracker.install()
            self.tracker.owner = item.nodeid
        return (yield)

    @pytest.hookimpl(wrapper=True, tryfirst=True)
    def pytest_fixture_setup(
        self, fixturedef: pytest.FixtureDef[Any], request: pytest.FixtureRequest
    ) -> Generator[None, Any, Any]:
        if fixturedef.scope == "function":
            return (yield)
        owner, self.tracker.owner = self.tracker.owner, None  # shared fixtures outlive the test
        try:
            return (yield)
        finally:
            self.tracker.owner = owner

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        report = yield
        if report.failed and report.when in ("setup", "call"):
            item.stash[_ALREADY_FAILED] = True
        return report

    @pytest.hookimpl(wrapper=True, tryfirst=True)
    def pytest_runtest_teardown(
        self, item: pytest.Item, nextitem: pytest.Item | None
    ) -> Generator[None, Any, Any]:
        try:
            result = yield
        finally:
            self.tracker.owner = None
            problems = self.tracker.finish(item.nodeid) if self._checks(item) else []
        if problems and not item.stash.get(_ALREADY_FAILED, False):
            pytest.fail(_report(problems), pytrace=False)
        return result


def _report(problems: list[TaskProblem]) -> str:
    lines = [f"lostwrite: this test lost {len(problems)} asyncio task(s):"]
    lines.extend(f"  - {problem.describe()}" for problem in problems)
    lines.append(
        "Await each task, keep and drain it (lostwrite.guard.TaskKeeper), or retrieve its "
        "exception."
    )
    if not any(problem.source_traceback for problem in problems):
        lines.append(
            "For full creation tracebacks run in asyncio debug mode: PYTHONASYNCIODEBUG=1 "
            "(with pytest-asyncio: --asyncio-debug)."
        )
    return "\n".join(lines)
