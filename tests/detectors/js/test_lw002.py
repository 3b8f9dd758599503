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
    assert "have the middleware close the client only after the writes handed to it settled" in (
        finding.message
    )
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


@pytest.mark.parametrize(
    ("name", "evidence"),
    [
        (
            "mongo_script_finally_close.mjs",
            "closed in a finally block (`mongo.close()` at line 16)",  # db = mongo.db("shop")
        ),
        (
            "mongo_function_finally_close.ts",
            "closed in a finally block (`client.close()` at line 10)",
        ),
        ("redis_quit_finally.ts", "closed in a finally block (`redis.quit()` at line 10)"),
        (
            "typeorm_datasource_destroy_script.ts",
            "closed later in this function (`AppDataSource.destroy()` at line 12)",
        ),
        (
            "express_finish_release_in_handler.js",
            "the `finish` callback at line 8 closes (`client.release()`) while the write may",
        ),
        (
            "express_middleware_req_db_end.ts",  # req.db = client; res.on("close", …)
            "closed after the response (`client.end()` at line 11)",
        ),
        (
            "koa_trx_variable_commit.ts",  # ctx.state.trx = trx; await next(); trx.commit()
            "the middleware at line 12 closes after `await next()` (`trx.commit()`)",
        ),
        (
            "nest_interceptor_finalize_release.ts",
            "closed after the response (`queryRunner.release()` at line 15)",
        ),
    ],
)
def test_the_closed_client_is_followed_through_names(name: str, evidence: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert evidence in finding.message


def test_top_level_script_closer_says_what_is_lost_and_how_to_fix() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "postgres_script_finally_end.mjs").findings
    assert "what it writes to `metrics` is lost" in finding.message
    assert "`await Promise.allSettled(pending)` before the client is closed" in finding.message


def test_transaction_callback_fix_is_to_await_inside_the_callback() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "knex_transaction_callback.js").findings
    assert "the transaction that `db.transaction(…)` passes to this callback" in finding.message
    assert "Fix: await it inside the callback" in finding.message


@pytest.mark.parametrize(
    ("name", "evidence"),
    [
        (
            "with_client_callback.ts",
            "`withClient` passes to this callback and closes as soon as the callback returns "
            "(`client.release()` at line 10)",
        ),
        (
            "with_connection_imported_helper.ts",
            "`withConnection` (./support/with_connection, line 11) passes to this callback",
        ),
        (
            "express_imported_middleware_release.js",
            "the middleware `attachDb` (./support/attach_db, line 7) closes once the response is "
            "sent (`client.release()`)",
        ),
        (
            "hono_factory_middleware_cross_file.ts",  # app.use("/admin/*", dbMiddleware())
            "the middleware `dbMiddleware` (./support/db_middleware, line 11) closes after "
            "`await next()` (`pool.end()`)",
        ),
    ],
)
def test_closers_in_helpers_and_imported_middleware(name: str, evidence: str) -> None:
    result = run(CODE, FIXTURES / CODE / "positive" / name)
    [finding] = result.findings
    assert evidence in finding.message
    [site] = result.sites
    assert site.risk == "critical"


def test_a_script_that_closes_when_main_settles() -> None:
    [finding] = run(
        CODE, FIXTURES / CODE / "positive" / "prisma_seed_main_finally_disconnect.ts"
    ).findings
    assert (
        "closed as soon as `main()` settles (`prisma.$disconnect()` at line 23)" in finding.message
    )


def test_a_promise_returned_past_a_finally_that_closes() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "return_without_await_in_try.js").findings
    assert "returned without `await` from a `try` whose finally closes the client" in (
        finding.message
    )
    assert "`client.release()` at line 9" in finding.message
    assert "Fix: `return await` it" in finding.message


def test_sveltekit_handle_closes_after_resolve() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "sveltekit_hooks_locals.ts").findings
    assert "closes after `await resolve()` (`client.release()`)" in finding.message


def test_an_app_cleanup_hook_that_closes_without_draining() -> None:
    result = run(CODE, FIXTURES / CODE / "positive" / "sigterm_pool_end_inflight.js")
    [finding] = result.findings
    assert "the application's cleanup hook closes at line 18 (`pool.end()`)" in finding.message
    assert "`await Promise.allSettled(…)` them in the cleanup hook" in finding.message
    [site] = result.sites
    assert site.risk == "medium"


def test_the_app_that_mounts_a_routes_file_is_followed() -> None:
    routes = FIXTURES / CODE / "positive" / "support" / "app" / "routes" / "views.ts"
    result = run(CODE, routes)
    [finding] = result.findings
    assert finding.line == 8
    assert (
        "the middleware in `../index.ts` (line 12, which mounts these routes) closes after "
        "`await next()` (`sql.end()`)" in finding.message
    )
    [site] = result.sites
    assert site.risk == "critical"


def test_an_app_wide_client_published_by_the_mounting_app_is_not_reported() -> None:
    routes = FIXTURES / CODE / "negative" / "support" / "app" / "routes" / "views.ts"
    assert run(CODE, routes).findings == []
