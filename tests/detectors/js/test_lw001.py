"""LW001 fire-and-forget-persist (JS/TS): fixtures, exact positions, fixability, the audit."""

from __future__ import annotations

import pytest

from tests.detectors.js.harness import FIXTURES, run

CODE = "LW001"


def test_seed_track_view_range_message_and_fix() -> None:
    findings = run(CODE, FIXTURES / CODE / "positive" / "hono_seed_track_view.ts").findings
    track, queue = findings
    assert (track.line, track.column, track.end_line, track.end_column) == (13, 8, 15, 5)
    assert track.fix_available and queue.fix_available
    assert track.context == 'authors.get("/api/authors/:key")'
    assert "trackAuthorView()" in track.message
    assert "only logged at a low level" in track.message
    assert "`c.executionCtx.waitUntil(…)`" in track.message
    assert "c.env.AUTHOR_QUEUE.send" in queue.message


@pytest.mark.parametrize(
    ("name", "wait_until"),
    [("workers_fetch_kv_put.ts", "ctx.waitUntil"), ("hono_seed_track_view.ts", "c.executionCtx")],
)
def test_fixable_where_a_wait_until_is_available(name: str, wait_until: str) -> None:
    finding = run(CODE, FIXTURES / CODE / "positive" / name).findings[0]
    assert finding.fix_available and wait_until in finding.message


@pytest.mark.parametrize(
    "name",
    ["express_audit_log.js", "void_drizzle.ts", "foreach_async_knex.js", "nextjs_route_prisma.ts"],
)
def test_not_fixable_without_a_wait_until(name: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert not finding.fix_available
    assert "waitUntil" not in finding.message


def test_foreach_fix_names_for_of() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "foreach_async_knex.js").findings
    assert "rows.forEach()" in finding.message and "for … of" in finding.message


@pytest.mark.parametrize(
    ("name", "reasons"),
    [
        (
            "hono_wait_until_fixed.ts",
            [(12, "passed to waitUntil"), (17, "passed to waitUntil")],
        ),
        ("stored_then_awaited.ts", [(5, "stored in counted and used later")]),
        ("catch_block_log_write.ts", [(5, "awaited"), (7, "in catch block")]),
        ("best_effort_documented.js", [(6, "documented as best-effort")]),
        (
            "promise_all.js",
            [
                (4, "returned to the caller"),
                (6, "passed to Promise.allSettled"),
                (7, "passed to Promise.allSettled"),
            ],
        ),
    ],
)
def test_accepted_sites_carry_the_reason(name: str, reasons: list[tuple[int, str]]) -> None:
    sites = run(CODE, FIXTURES / CODE / "negative" / name).sites
    assert all(s.verdict == "ok" for s in sites)
    assert [(s.line, s.reason) for s in sites] == reasons


def test_look_alikes_are_not_writes() -> None:
    assert run(CODE, FIXTURES / CODE / "negative" / "analytics_ping_cache_warmup.ts").sites == []
    assert run(CODE, FIXTURES / CODE / "negative" / "sync_better_sqlite.js").sites == []


@pytest.mark.parametrize(
    "name", ["durable_object_sqlite_storage_sync.ts", "bun_node_sqlite_run_sync.ts"]
)
def test_synchronous_sqlite_apis_start_no_background_write(name: str) -> None:
    assert run(CODE, FIXTURES / CODE / "negative" / name).sites == []


def test_imported_object_whose_method_writes_in_its_module() -> None:
    [finding] = run(
        CODE, FIXTURES / CODE / "positive" / "imported_object_class_method_record.ts"
    ).findings
    assert "auditLog.record() (writes via SQL INSERT in ./support/audit)" in finding.message
    assert "The handler returns" in finding.message


def test_write_returned_into_a_floating_then_chain() -> None:
    [finding] = run(
        CODE, FIXTURES / CODE / "positive" / "then_returns_write_chain_floating.ts"
    ).findings
    assert "returned from a `.then` callback of a promise chain nobody awaits" in finding.message
