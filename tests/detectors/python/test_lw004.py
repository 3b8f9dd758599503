"""LW004 (Python): per-case fixtures and a full-output snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.detectors.python.rules import FIXTURES, cases, check_snapshot, render, run

CODE = "LW004"
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


@pytest.mark.parametrize("name", ["test_storage.py", "storage_test.py", "conftest.py"])
def test_test_modules_are_not_judged(tmp_path: Path, name: str) -> None:
    """The same swallowing code is flagged in application code, not in a test module."""
    source = (FIXTURES / CODE / "positive" / "periodic_flush_drops_batch.py").read_bytes()
    app = tmp_path / "storage.py"
    app.write_bytes(source)
    test = tmp_path / name
    test.write_bytes(source)
    assert run(CODE, app).findings
    assert run(CODE, test).findings == []
