"""LW002 resource-closed-under-background-write (JS/TS): fixtures, positions, evidence."""

from __future__ import annotations

import pytest

from tests.detectors.js.harness import FIXTURES, run

CODE = "LW002"


def test_seed_middleware_in_the_same_file_is_named() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "hono_middleware_same_file.ts").findings
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (21, 8, 21, 97)
    assert "the middleware at line 11 closes after `await next()` (`sql.end()`)" in finding.message
    assert "`c.executionCtx.waitUntil(…)`" in finding.message
    assert not finding.fix_available
    [site] = run(CODE, FIXTURES / CODE / "positive" / "hono_middleware_same_file.ts").sites
    assert (site.verdict, site.risk) == ("at risk", "critical")


def test_middleware_with_finally_and_a_context_key() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "hono_c_var_middleware.ts").findings
    assert "the middleware at line 16 closes after `await next()`" in finding.message


def test_handler_side_evidence_says_the_closer_is_not_visible() -> None:
    [finding] = run(
        CODE, FIXTURES / CODE / "positive" / "hono_context_client_no_middleware.ts"
    ).findings
    assert "taken from the request context at line 7" in finding.message
    assert "no closer is visible in this file" in finding.message
    [site] = run(CODE, FIXTURES / CODE / "positive" / "hono_context_client_no_middleware.ts").sites
    assert site.risk == "medium"


@pytest.mark.parametrize(
    ("name", "evidence"),
    [
        (
            "express_pool_release_finally.js",
            "closed in a finally block (`client.release()` at line 12)",
        ),
        (
            "lambda_prisma_disconnect.ts",
            "closed later in this function (`prisma.$disconnect()` at line 7)",
        ),
        ("knex_script_destroy.mjs", "closed later in this function (`db.destroy()` at line 7)"),
    ],
)
def test_closer_in_the_same_function(name: str, evidence: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert evidence in finding.message


def test_middleware_imported_from_another_file_is_followed() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "hono_cross_file_routes.ts").findings
    assert (
        "the middleware `withSql` (./support/with_sql, line 11) closes after `await next()` "
        "(`sql.end()`)" in finding.message
    )
    [site] = run(CODE, FIXTURES / CODE / "positive" / "hono_cross_file_routes.ts").sites
    assert site.risk == "critical"
