"""Every JS/TS rule against its fixtures: enough cases, each positive flagged exactly at its
``/*!*/`` markers, each negative (the fixed forms and look-alikes) silent, and the full output
of all cases compared with the rule's snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.detectors.js.harness import cases, check_snapshot, markers, positions

CODES = ("LW001", "LW002", "LW003", "LW004", "LW005", "LW006", "LW007", "LW045")
POSITIVES = [(code, path) for code in CODES for path in cases(code, "positive")]
NEGATIVES = [(code, path) for code in CODES for path in cases(code, "negative")]


@pytest.mark.parametrize("code", CODES)
def test_enough_cases(code: str) -> None:
    assert len(cases(code, "positive")) >= 8 and len(cases(code, "negative")) >= 8


def test_lw001_covers_typescript_and_javascript() -> None:
    assert {p.suffix for p in cases("LW001", "positive")} >= {".ts", ".js"}


@pytest.mark.parametrize(("code", "path"), POSITIVES, ids=lambda v: getattr(v, "name", v))
def test_positive_at_the_marked_positions(code: str, path: Path) -> None:
    expected = markers(path)
    assert expected, f"{path.name} has no /*!*/ marker"
    assert positions(code, path) == expected


@pytest.mark.parametrize(("code", "path"), NEGATIVES, ids=lambda v: getattr(v, "name", v))
def test_negative(code: str, path: Path) -> None:
    assert positions(code, path) == []


@pytest.mark.parametrize("code", CODES)
def test_snapshot(code: str) -> None:
    check_snapshot(code)
