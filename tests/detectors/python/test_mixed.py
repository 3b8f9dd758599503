"""Whole small services with several correct write sites and one buried bug.

Every Python rule runs on each file of ``fixtures/mixed/``; the findings must be exactly the
``# expect: CODE:LINE, ...`` list on the file's first line: precision on larger, realistic
files, where correct sites outnumber the bug.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lostwrite.detectors.python import DETECTORS
from lostwrite.scan.analyze import analyze
from lostwrite.scan.config import AnalysisOptions
from tests.detectors.python.rules import FIXTURES

CASES = sorted((FIXTURES / "mixed").glob("*.py"))
OPTIONS = AnalysisOptions(codes=frozenset(d.code for d in DETECTORS))
EXPECT = re.compile(r"^# expect: (.+)$")


def expected(path: Path) -> set[tuple[str, int]]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = EXPECT.match(first)
    assert match is not None, f"{path.name}: first line must be '# expect: CODE:LINE, ...'"
    pairs = (item.strip().split(":") for item in match.group(1).split(","))
    return {(code, int(line)) for code, line in pairs}


def test_enough_cases() -> None:
    assert len(CASES) >= 3


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_only_the_buried_bug_is_reported(path: Path) -> None:
    result = analyze(str(path), path.read_bytes(), OPTIONS)
    assert result.error is None, result.error
    assert {(f.code, f.line) for f in result.findings} == expected(path)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_correct_sites_are_examined(path: Path) -> None:
    """The correct write sites are seen and accepted, not merely missed."""
    result = analyze(str(path), path.read_bytes(), OPTIONS)
    assert sum(1 for s in result.sites if s.verdict == "ok") >= 2
