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


def test_orm_setter_after_create_is_an_enrichment() -> None:
    path = FIXTURES / CODE / "positive" / "mongoose_doc_set_lazy_language_setimmediate.js"
    [finding] = run(CODE, path).findings
    assert (
        '`doc.set("language", detectLanguage(doc.description))` enriches `doc`' in finding.message
    )
    assert "after Listing.create (line 7)" in finding.message


def test_orm_setter_saved_again_is_accepted() -> None:
    [site] = run(CODE, FIXTURES / CODE / "negative" / "mongoose_doc_set_then_saved_again.js").sites
    assert (site.line, site.verdict, site.reason) == (
        10,
        "ok",
        "written again after the enrichment",
    )


def test_enrichment_update_handed_to_wait_until_after_the_insert() -> None:
    path = FIXTURES / CODE / "positive" / "workers_waituntil_tags_update_drizzle.ts"
    [finding] = run(CODE, path).findings
    assert "the drizzle update(bookmarks) (line 14) that stores it" in finding.message
    assert "handed to `waitUntil` after drizzle insert(bookmarks) (line 10)" in finding.message
    assert "durable queue that retries" in finding.message


def test_deferred_enrichment_whose_failure_is_recorded_is_accepted() -> None:
    path = FIXTURES / CODE / "negative" / "workers_waituntil_tags_failure_recorded.ts"
    [site] = run(CODE, path).sites
    assert (site.line, site.reason) == (11, "the failure of the deferred enrichment is recorded")
