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


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("exit_code_return_in_catch.ts", "ends with a failure code when Prisma product.createMany"),
        ("unhandled_rejection_exit_floating_write.js", "from its `unhandledRejection` handler"),
        ("effect_runpromise_catch_exit.ts", "in the program run by `Effect.runPromise`"),
        ("worker_threads_exit_in_catch.js", "exits when SQL INSERT fails"),
    ],
)
def test_the_message_says_which_write_the_exit_loses(name: str, says: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert says in finding.message and "with nothing logged" in finding.message


def test_exit_code_after_a_log_line_is_accepted() -> None:
    [site] = run(CODE, FIXTURES / CODE / "negative" / "exitcode_logged_pino.mjs").sites
    assert (site.line, site.reason) == (11, "failure logged before exit")


@pytest.mark.parametrize(
    ("name", "says"),
    [
        (
            "better_sqlite3_transaction_immediate_exit.mjs",
            "the process exits when `importBatch.immediate(…)` (line 15), which runs "
            "db.transaction (line 9), fails",
        ),
        (
            "node_sqlite_worker_upsert_exit.mjs",
            "the worker thread exits when `upsertCounter.run(…)` (line 11), which runs SQL INSERT",
        ),
        ("bun_sqlite_store_method_exit.ts", "`this.saveSetting.run(…)` (line 12)"),
        (
            "sqlite_helper_wraps_statement_exit.cjs",
            "`finish(…)` (line 13), which runs SQL UPDATE (line 4), fails",
        ),
        (
            "statement_map_run_in_try_exit.mjs",
            "`sql.reserve.run(…)` (line 11), which runs SQL UPDATE",
        ),
        (
            "better_sqlite3_uncaught_exception_exit.cjs",
            "from its `uncaughtException` handler, where a failure of SQL INSERT (line 7)",
        ),
    ],
)
def test_a_prepared_statement_or_transaction_is_judged_where_it_runs(name: str, says: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert says in finding.message


def test_a_worker_that_posts_the_error_to_its_parent_before_exiting_is_accepted() -> None:
    path = FIXTURES / CODE / "negative" / "node_sqlite_worker_posts_error_then_exits.mjs"
    [site] = run(CODE, path).sites
    assert (site.line, site.reason) == (14, "failure reported to the parent before exit")


@pytest.mark.parametrize(
    ("name", "described"),
    [
        (
            "node_redis_multi_helper_exit.mjs",
            "saveSession() (writes via a Redis multi (hSet, expire))",
        ),
        (
            "bun_pipeline_leaderboard_then_catch_exit.ts",
            "pushScores() (writes via a Redis pipeline (zincrby))",
        ),
        ("deno_kv_atomic_refused_exit.ts", "a Deno KV atomic commit is refused (`ok: false`)"),
    ],
)
def test_batched_writes_sent_by_exec_or_commit(name: str, described: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert described in finding.message and "with nothing logged" in finding.message


def test_a_pipeline_of_reads_is_no_write() -> None:
    assert run(CODE, FIXTURES / CODE / "negative" / "bun_pipeline_reads_only_exit.ts").sites == []
