"""LW045 enrichment-after-commit (JS/TS): a stored record enriched later by a callback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.detectors.js.harness import FIXTURES, cases, check_snapshot, markers, positions, run

CODE = "LW045"
POSITIVES = cases(CODE, "positive")
NEGATIVES = cases(CODE, "negative")


def test_enough_cases() -> None:
    assert len(POSITIVES) >= 8 and len(NEGATIVES) >= 8


@pytest.mark.parametrize("path", POSITIVES, ids=lambda p: p.name)
def test_positive_at_the_marked_positions(path: Path) -> None:
    expected = markers(path)
    assert expected, f"{path.name} has no /*!*/ marker"
    assert positions(CODE, path) == expected


@pytest.mark.parametrize("path", NEGATIVES, ids=lambda p: p.name)
def test_negative(path: Path) -> None:
    assert positions(CODE, path) == []


def test_snapshot() -> None:
    check_snapshot(CODE)


def test_catalog_example_names_the_commit_and_the_fix() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "catalog_example.ts").findings
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (8, 10, 8, 56)
    assert "`row.classifier_verdict = m.classify(turn.text)` enriches `row`" in finding.message
    assert "appendFile(LOG) (line 6)" in finding.message
    assert "compute the enrichment before the write" in finding.message
    assert finding.context == 'recordTurn.import("./classifier").then(…)'


def test_enrichment_written_again_is_accepted() -> None:
    [site] = run(CODE, FIXTURES / CODE / "negative" / "written_again.ts").sites
    assert (site.line, site.verdict, site.reason) == (8, "ok", "written again after the enrichment")
