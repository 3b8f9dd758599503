"""LW007 silent-crash-on-write-failure (JS/TS): Effect orDie/die and process.exit."""

from __future__ import annotations

import pytest

from tests.detectors.js.harness import FIXTURES, run

CODE = "LW007"


def test_seed_or_die_range_is_exactly_effect_or_die() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "effect_event_commit_seed.ts").findings
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (14, 16, 14, 28)
    assert finding.fix_available
    assert "Effect.tapError" in finding.message and "before `Effect.orDie`" in finding.message


def test_or_die_with_range_covers_the_call() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "effect_pipe_orDieWith.ts").findings
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (7, 10, 7, 74)
    assert "repo.save" in finding.message


@pytest.mark.parametrize("name", ["process_exit_catch.js", "process_exit_dotcatch.mjs"])
def test_process_exit_is_reported_but_not_auto_fixable(name: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert not finding.fix_available
    assert "before `process.exit`" in finding.message


def test_accepted_sites_carry_the_reason() -> None:
    [site] = run(CODE, FIXTURES / CODE / "negative" / "effect_seed_fixed.ts").sites
    assert (site.line, site.verdict, site.reason) == (
        17,
        "ok",
        "error logged before it becomes a defect",
    )
    [site] = run(CODE, FIXTURES / CODE / "negative" / "process_exit_logged.js").sites
    assert (site.line, site.reason) == (8, "failure logged before exit")
