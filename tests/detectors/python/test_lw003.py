"""LW003 non-atomic-state-write (Python): per-case fixtures and a full-output snapshot."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lostwrite.scan.analyze import analyze
from lostwrite.scan.config import AnalysisOptions

FIXTURES = Path(__file__).parent / "fixtures" / "LW003"
SNAPSHOT = FIXTURES / "LW003.snap"
OPTIONS = AnalysisOptions(codes=frozenset({"LW003"}))
POSITIVES = sorted((FIXTURES / "positive").glob("*.py"))
NEGATIVES = sorted((FIXTURES / "negative").glob("*.py"))


def render(path: Path) -> list[str]:
    result = analyze(str(path), path.read_bytes(), OPTIONS)
    assert result.error is None, result.error
    rel = path.relative_to(FIXTURES).as_posix()
    return [
        f"{rel}:{f.line}:{f.column}-{f.end_line}:{f.end_column}: {f.code}"
        f"{' [*]' if f.fix_available else ''} {f.message}"
        for f in result.findings
    ]


def test_enough_cases() -> None:
    assert len(POSITIVES) >= 8 and len(NEGATIVES) >= 8


@pytest.mark.parametrize("path", POSITIVES, ids=lambda p: p.stem)
def test_positive(path: Path) -> None:
    assert render(path), f"{path.name} should be flagged"


@pytest.mark.parametrize("path", NEGATIVES, ids=lambda p: p.stem)
def test_negative(path: Path) -> None:
    assert render(path) == []


def test_snapshot() -> None:
    output = "\n".join(line for path in POSITIVES + NEGATIVES for line in render(path)) + "\n"
    if os.environ.get("LOSTWRITE_UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(output, encoding="utf-8")
    assert output == SNAPSHOT.read_text(encoding="utf-8")
