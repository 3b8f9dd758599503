"""LW045 (Python): per-case fixtures and a full-output snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.detectors.python.rules import cases, check_snapshot, render

CODE = "LW045"
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
