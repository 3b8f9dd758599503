"""LW045 (Python): per-case fixtures and a full-output snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.detectors.python.fixture_cases import FixtureCases

CASES = FixtureCases("LW045")


def test_enough_cases() -> None:
    assert len(CASES.positives) >= 8 and len(CASES.negatives) >= 8


@pytest.mark.parametrize("path", CASES.positives, ids=lambda p: p.stem)
def test_positive(path: Path) -> None:
    assert CASES.render(path), f"{path.name} should be flagged"


@pytest.mark.parametrize("path", CASES.negatives, ids=lambda p: p.stem)
def test_negative(path: Path) -> None:
    assert CASES.render(path) == []


def test_snapshot() -> None:
    CASES.check_snapshot()
