"""LW045 enrichment-after-commit (JS/TS): a stored record enriched later by a callback."""

from __future__ import annotations

from tests.detectors.js.harness import FIXTURES, run

CODE = "LW045"


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


def test_straight_line_enrichment_after_a_lazy_import() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "fetch_post_then_await_import.ts").findings
    assert (finding.line, finding.column) == (4, 8)  # after the /*!*/ marker
    assert "after a lazy `import()` that runs after fetch POST (line 2)" in finding.message
    assert "write the record again after enriching it" in finding.message


def test_straight_line_enrichment_written_again_is_accepted() -> None:
    [site] = run(CODE, FIXTURES / CODE / "negative" / "await_import_then_rewrite.mjs").sites
    assert (site.line, site.reason) == (7, "written again after the enrichment")


def test_helper_filling_a_column_the_insert_already_stored() -> None:
    path = FIXTURES / CODE / "positive" / "pg_params_helper_lazy_import_fills_column.mjs"
    [finding] = run(CODE, path).findings
    assert "`scoreLater(order)` enriches `order`" in finding.message
    assert "at line 7) after SQL INSERT (line 12)" in finding.message

