"""LW005 acknowledged-before-durable (Python): fixtures, exact positions, the audit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.detectors.python.rules import FIXTURES, cases, check_snapshot, render, run

CODE = "LW005"
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


def test_background_tasks_message() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "fastapi_background_save.py").findings
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (16, 5, 16, 68)
    assert finding.message.startswith("POST handler create_order() answers success (HTTP 200)")
    assert "session.add(...) (in save_order())" in finding.message
    assert "BackgroundTasks.add_task()" in finding.message
    assert "202 Accepted" in finding.message
    assert not finding.fix_available


def test_accepted_202_is_listed_as_ok() -> None:
    sites = run(CODE, FIXTURES / CODE / "negative" / "accepted_202_decorator.py").sites
    assert [(s.line, s.verdict, s.reason) for s in sites] == [
        (14, "ok", "the handler answers 202 Accepted")
    ]


def test_not_reported_by_lw001(tmp_path: Path) -> None:
    """Work deferred past the response is LW005's finding, not a dropped task (LW001)."""
    path = FIXTURES / CODE / "positive" / "sanic_add_task.py"
    assert run("LW001", path).findings == []
