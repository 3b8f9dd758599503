"""LW004 swallowed-write-error (JS/TS): fixtures, positions, what counts as handling."""

from __future__ import annotations

import pytest

from tests.detectors.js.harness import FIXTURES, run

CODE = "LW004"


def test_seed_warn_level_in_background() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "hono_seed_catch_warn.ts").findings
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (12, 10, 12, 49)
    assert "only logged at a low level (line 12)" in finding.message
    assert "log at error level" in finding.message


@pytest.mark.parametrize(
    ("name", "describe"),
    [
        ("empty_catch_prisma.ts", "is ignored (line 6)"),
        ("express_try_catch_console_error.js", "is only logged (line 6)"),
        ("redis_catch_null.mjs", "is ignored (line 4)"),
    ],
)
def test_the_message_says_how_it_was_swallowed_and_where(name: str, describe: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert describe in finding.message
    assert "as if the data was stored" in finding.message


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("hono_seed_fixed.ts", "failure handled in .catch"),
        ("background_error_level.ts", "background failure logged at error level"),
        ("rethrow.ts", "error re-raised or handled"),
        ("error_response.ts", "error re-raised or handled"),
        ("best_effort_cache.ts", "documented as best-effort"),
    ],
)
def test_accepted_sites_carry_the_reason(name: str, reason: str) -> None:
    [site] = run(CODE, FIXTURES / CODE / "negative" / name).sites
    assert (site.verdict, site.reason) == ("ok", reason)


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("allsettled_logged.ts", "(run under `Promise.allSettled`, line 2) is only logged"),
        ("loop_continue.ts", "The loop goes on to the next item: this one is never stored"),
        ("catch_sync_writefilesync.ts", "a failure of fs.writeFileSync(path) is only logged"),
        ("catch_local_ignore_fn.ts", "a failure of redis.incr is ignored"),
        ("effect_pipe_separate.ts", "is only logged at a low level (line 6)"),
    ],
)
def test_new_shapes_say_what_is_lost(name: str, says: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert says in finding.message
    assert "Fix: " in finding.message


def test_a_diagnostic_file_write_is_accepted() -> None:
    [site] = run(CODE, FIXTURES / CODE / "negative" / "diagnostic_report_file.js").sites
    assert (site.verdict, site.reason) == ("ok", "a diagnostic or cache file (log, report, cache)")
