"""LW002 resource-closed-under-background-write (Python): fixtures, positions, the audit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.detectors.python.rules import FIXTURES, cases, check_snapshot, render, run

CODE = "LW002"
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


def test_seed_shape_names_the_resource_and_the_close() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "asyncpg_acquire_block.py").findings
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (9, 9, 11, 10)
    assert "uses conn, which is closed when the `with pool.acquire(...)` block ends (line 11)" in (
        finding.message
    )
    assert "Await the write before the resource is closed" in finding.message


def test_finally_close_names_the_line() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "finally_close_helper.py").findings
    assert "(in track_author_view())" in finding.message
    assert "is closed by sql.close() (line 19)" in finding.message


def test_awaited_before_close_is_listed_as_ok() -> None:
    sites = run(CODE, FIXTURES / CODE / "negative" / "awaited_before_finally_close.py").sites
    assert [(s.line, s.verdict, s.reason) for s in sites] == [
        (15, "ok", "finished before sql is closed")
    ]
