"""LW001 fire-and-forget-persist (Python): fixtures, exact positions, fixability, the audit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.detectors.python.rules import FIXTURES, cases, check_snapshot, render, run

CODE = "LW001"
POSITIVES = cases(CODE, "positive")
NEGATIVES = cases(CODE, "negative")


def test_enough_cases() -> None:
    assert len(POSITIVES) >= 8 and len(NEGATIVES) >= 8


@pytest.mark.parametrize("path", POSITIVES, ids=lambda p: p.stem)
def test_positive(path: Path) -> None:
    assert render(CODE, path), f"{path.name} should be flagged"


@pytest.mark.parametrize("path", NEGATIVES, ids=lambda p: p.stem)
def test_negative(path: Path) -> None:
    assert render(CODE, path) == []


def test_snapshot() -> None:
    check_snapshot(CODE)


def test_seed_position_message_and_fix() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "seed_fastapi_repo_save.py").findings
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (17, 5, 17, 41)
    assert finding.fix_available
    assert "repo.save(...)" in finding.message
    assert "HTTP 200 may be sent before" in finding.message
    assert "`await repo.save(...)`" in finding.message


@pytest.mark.parametrize(
    "name",
    ["redis_task_never_used", "executor_file_append", "django_thread_view", "threadsafe_upsert"],
)
def test_not_fixable_when_not_a_dropped_coroutine_in_async_def(name: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / f"{name}.py").findings
    assert not finding.fix_available


def test_accepted_sites_carry_the_reason() -> None:
    sites = run(CODE, FIXTURES / CODE / "negative" / "task_set_logged.py").sites
    assert [(s.line, s.verdict, s.reason) for s in sites] == [
        (17, "ok", "done-callback retrieves and logs the failure")
    ]
    sites = run(CODE, FIXTURES / CODE / "negative" / "taskgroup.py").sites
    assert [(s.line, s.verdict) for s in sites] == [(9, "ok")]
    assert "TaskGroup" in sites[0].reason


def test_configured_write_call(tmp_path: Path) -> None:
    source = tmp_path / "ledger.py"
    source.write_text(
        "import asyncio\n\n\nasync def book(ledger, entry):\n"
        "    asyncio.create_task(ledger.book(entry))\n",
        encoding="utf-8",
    )
    assert run(CODE, source).findings == []
    [finding] = run(CODE, source, write_calls=("ledger.book",)).findings
    assert (finding.line, finding.column) == (5, 5)
    assert "configured write ledger.book(...)" in finding.message
