"""The opt-in pytest plugin, run on small real test files with pytester."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

# The plugin under test, by module name (works with or without its pytest11 entry point).
PLUGIN = ("-p", "lostwrite.guard.pytest_plugin")
# Blocked in runs that do not need them: hypothesis's start-up dominates these small runs,
# and pytest-asyncio warns about its unset loop scope option.
BLOCKED = ("-p", "no:hypothesispytest", "-p", "no:asyncio")

HELPERS = """
import asyncio
import pytest

async def save(record):
    await asyncio.sleep(30)

async def fail():
    raise ValueError("disk full")
"""

LEAKS = (
    HELPERS
    + """
def test_leaks_a_write():
    async def handler():
        asyncio.create_task(save({"id": 1}), name="save-1")
        await asyncio.sleep(0)
    asyncio.run(handler())

def test_awaits_its_write():
    async def handler():
        await asyncio.wait_for(asyncio.create_task(asyncio.sleep(0)), 1)
    asyncio.run(handler())
"""
)


def _line(source: str, fragment: str) -> int:
    """1-based line number of the first line of ``source`` containing ``fragment``."""
    return next(n for n, line in enumerate(source.splitlines(), 1) if fragment in line)


def _run(
    pytester: pytest.Pytester, source: str, *args: str, blocked: tuple[str, ...] = BLOCKED
) -> pytest.RunResult:
    (pytester.path / "test_sample.py").write_text(source)
    return pytester.runpytest(*PLUGIN, *blocked, *args)


def test_off_unless_enabled(pytester: pytest.Pytester) -> None:
    _run(pytester, LEAKS).assert_outcomes(passed=2)


def test_flags_a_task_left_pending_and_names_its_creation_site(
    pytester: pytest.Pytester,
) -> None:
    result = _run(pytester, LEAKS, "--lostwrite")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_leaks_a_write*",
            "lostwrite: this test lost 1 asyncio task(s):",
            "  - task 'save-1' (save): was still pending when its event loop shut down",
            f"    created at test_sample.py:{_line(LEAKS, 'save-1')} in handler",
        ]
    )
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_ini_option_enables_it_for_the_suite(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nlostwrite = true\n")
    _run(pytester, LEAKS).assert_outcomes(passed=2, errors=1)


def test_markers_opt_single_tests_in_and_out(pytester: pytest.Pytester) -> None:
    source = (
        HELPERS
        + """
def leak():
    async def handler():
        asyncio.create_task(save(None))
        await asyncio.sleep(0)
    asyncio.run(handler())

@pytest.mark.lostwrite
def test_checked():
    leak()

def test_not_checked():
    leak()

@pytest.mark.lostwrite_ignore
def test_exempt():
    leak()
"""
    )
    result = _run(pytester, source, "--strict-markers")
    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines(["*ERROR at teardown of test_checked*"])
    everything = _run(pytester, source, "--strict-markers", "--lostwrite")
    everything.assert_outcomes(passed=3, errors=2)
    assert "test_exempt" not in everything.stdout.str()


def test_flags_exceptions_never_retrieved(pytester: pytest.Pytester) -> None:
    source = (
        HELPERS
        + """
def test_fire_and_forget_failure():
    async def handler():
        asyncio.create_task(fail(), name="dropped")
        await asyncio.sleep(0.01)
    asyncio.run(handler())

def test_kept_but_never_looked_at():
    kept = []
    async def handler():
        kept.append(asyncio.create_task(fail(), name="kept"))
        await asyncio.sleep(0.01)
    asyncio.run(handler())
    assert kept[0].done()

def test_failure_awaited():
    async def handler():
        with pytest.raises(ValueError):
            await asyncio.create_task(fail())
    asyncio.run(handler())

def test_failure_gathered():
    async def handler():
        results = await asyncio.gather(fail(), return_exceptions=True)
        assert isinstance(results[0], ValueError)
    asyncio.run(handler())
"""
    )
    result = _run(pytester, source, "--lostwrite")
    result.assert_outcomes(passed=4, errors=2)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_fire_and_forget_failure*",
            "  - task 'dropped' (fail): raised ValueError('disk full'), never retrieved",
            "*ERROR at teardown of test_kept_but_never_looked_at*",
            "  - task 'kept' (fail): raised ValueError('disk full'), never retrieved",
        ]
    )


def test_flags_a_task_destroyed_while_pending(pytester: pytest.Pytester) -> None:
    source = (
        HELPERS
        + """
import gc

def test_loop_closed_under_a_write():
    loop = asyncio.new_event_loop()
    async def handler():
        asyncio.create_task(save(None), name="orphan")
        await asyncio.sleep(0)
    loop.run_until_complete(handler())
    loop.close()
    gc.collect()

def test_loop_closed_under_a_write_collected_later():
    loop = asyncio.new_event_loop()
    async def handler():
        asyncio.create_task(save(None), name="orphan-not-collected-yet")
        await asyncio.sleep(0)
    loop.run_until_complete(handler())
    loop.close()
"""
    )
    result = _run(pytester, source, "--lostwrite")
    result.assert_outcomes(errors=2, passed=2)
    result.stdout.fnmatch_lines(
        [
            "  - task 'orphan' (save): was destroyed while still pending",
            "  - task 'orphan-not-collected-yet' (save): was still pending when the test ended",
        ]
    )


def test_debug_mode_adds_the_creation_traceback(pytester: pytest.Pytester) -> None:
    source = (
        HELPERS
        + """
def spawn_write():
    asyncio.create_task(save(None), name="deep")

def test_leaks_deep_down():
    async def handler():
        spawn_write()
        await asyncio.sleep(0)
    asyncio.run(handler(), debug=True)
"""
    )
    result = _run(pytester, source, "--lostwrite")
    result.assert_outcomes(errors=1, passed=1)
    spawn_line = _line(source, 'name="deep"')
    result.stdout.fnmatch_lines(
        [
            f"    created at test_sample.py:{spawn_line} in spawn_write",
            f"    | test_sample.py:{_line(source, 'asyncio.run(handler(), debug=True)')} in *",
            f"    | test_sample.py:{_line(source, '        spawn_write()')} in handler",
            f"    | test_sample.py:{spawn_line} in spawn_write",
            "Await each task*",
        ]
    )


def test_drained_task_keeper_and_shared_fixtures_are_clean(pytester: pytest.Pytester) -> None:
    source = (
        HELPERS
        + """
import threading
from lostwrite.guard import TaskKeeper

@pytest.fixture(scope="session")
def background_loop():
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    async def start_server():
        asyncio.create_task(save(None), name="server")

    asyncio.run_coroutine_threadsafe(start_server(), loop).result()
    yield loop
    loop.call_soon_threadsafe(loop.stop)
    thread.join()

@pytest.fixture
def leaky_fixture():
    async def start():
        asyncio.create_task(save(None), name="fixture-leak")
        await asyncio.sleep(0)
    asyncio.run(start())
    yield

def test_uses_the_shared_loop(background_loop):
    pass

def test_keeper_drained():
    async def handler():
        async with TaskKeeper() as keeper:
            keeper.spawn(asyncio.sleep(0.01), name="kept-write")
    asyncio.run(handler())

def test_function_fixture_leak_counts(leaky_fixture):
    pass
"""
    )
    result = _run(pytester, source, "--lostwrite")
    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines(
        ["*ERROR at teardown of test_function_fixture_leak_counts*", "*'fixture-leak'*"]
    )


def test_works_with_pytest_asyncio(pytester: pytest.Pytester) -> None:
    pytest.importorskip("pytest_asyncio")
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    source = (
        HELPERS
        + """
@pytest.mark.asyncio
async def test_leak():
    asyncio.create_task(save(None), name="pa-leak")

@pytest.mark.asyncio
async def test_clean():
    await asyncio.create_task(asyncio.sleep(0))

@pytest.mark.asyncio(loop_scope="module")
async def test_leak_on_a_module_loop():
    asyncio.create_task(save(None), name="module-loop-leak")

@pytest.mark.asyncio(loop_scope="module")
async def test_clean_on_a_module_loop():
    await asyncio.sleep(0)
"""
    )
    result = _run(pytester, source, "--lostwrite", blocked=("-p", "no:hypothesispytest"))
    result.assert_outcomes(passed=4, errors=2)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_leak*",
            "  - task 'pa-leak' (save): was still pending when its event loop shut down",
            "*ERROR at teardown of test_leak_on_a_module_loop*",
            "  - task 'module-loop-leak' (save): was still pending when the test ended",
        ]
    )


def test_works_with_anyio(pytester: pytest.Pytester) -> None:
    pytest.importorskip("anyio")
    source = (
        HELPERS
        + """
import anyio

@pytest.fixture
def anyio_backend():
    return "asyncio"

@pytest.mark.anyio
async def test_leak():
    asyncio.create_task(save(None), name="anyio-leak")

@pytest.mark.anyio
async def test_task_group_is_clean():
    async with anyio.create_task_group() as group:
        group.start_soon(anyio.sleep, 0.01)
"""
    )
    result = _run(pytester, source, "--lostwrite")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(
        ["  - task 'anyio-leak' (save): was still pending when its event loop shut down"]
    )


def test_a_test_that_already_failed_gets_no_extra_error(pytester: pytest.Pytester) -> None:
    source = (
        HELPERS
        + """
def test_fails_and_leaks():
    async def handler():
        asyncio.create_task(save(None), name="left-behind")
        await asyncio.sleep(0)
        assert False, "the real problem"
    asyncio.run(handler())
"""
    )
    result = _run(pytester, source, "--lostwrite")
    result.assert_outcomes(failed=1)
    assert "lostwrite: this test lost" not in result.stdout.str()


def test_enabled_from_a_conftest_and_the_ini_file(pytester: pytest.Pytester) -> None:
    """The set-up that works without the pytest11 entry point: one conftest line + ini."""
    pytester.makeconftest('pytest_plugins = ["lostwrite.guard.pytest_plugin"]\n')
    pytester.makeini("[pytest]\nlostwrite = true\n")
    (pytester.path / "test_sample.py").write_text(LEAKS)
    result = pytester.runpytest(*BLOCKED)
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*ERROR at teardown of test_leaks_a_write*"])
