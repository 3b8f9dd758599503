"""LW005 acknowledged-before-durable (JS/TS): success answered while the write is deferred."""

from __future__ import annotations

import pytest

from tests.detectors.js.harness import FIXTURES, run

CODE = "LW005"


def test_wait_until_range_and_the_response_it_contradicts() -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / "hono_wait_until_ok_true.ts").findings
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (10, 8, 10, 65)
    assert "handed to `c.executionCtx.waitUntil`" in finding.message
    assert "`c.json({ ok: true, id: order.id }, 201)` at line 11" in finding.message
    assert "202 Accepted" in finding.message


@pytest.mark.parametrize(
    ("name", "how"),
    [
        (
            "workers_queue_send_created.ts",
            "put on a queue without waiting for the send to be confirmed",
        ),
        ("nextjs_after.ts", "run in `after(…)` after the response"),
        ("express_send_then_write.js", "started after the response was sent (line 5)"),
        ("express_res_on_finish.js", "run when the response has finished"),
        ("express_memory_jobs_push.js", "queued in memory by `jobs.push(…)` and run later"),
        ("koa_202_body_claims_saved.js", "profiles.update is run in `setImmediate(…)`"),
        (
            "express_unawaited_save_then_201.ts",
            "started without being awaited, so it is still in flight when the answer goes out",
        ),
        ("amqp_ack_then_insert.js", "only starts after the message was acknowledged"),
        (
            "nest_emit_listener_elsewhere.ts",
            "left to an event handler outside this file, which runs after the answer",
        ),
    ],
)
def test_the_message_says_how_the_write_was_deferred(name: str, how: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert how in finding.message


def test_seed_fix_is_accepted_because_the_response_claims_nothing() -> None:
    [site] = run(CODE, FIXTURES / CODE / "negative" / "hono_seed_fixed_returns_entity.ts").sites
    assert (site.line, site.verdict, site.reason) == (
        9,
        "ok",
        "response does not claim it is stored",
    )


@pytest.mark.parametrize(
    ("name", "says"),
    [
        (
            "nest_service_amqp_channel_field.ts",
            "the message of `this.channel.sendToQueue(…)` is published on a plain amqplib channel "
            "(`createChannel()`), which never confirms it",
        ),
        (
            "express_amqp_confirm_channel_publish_no_wait.js",
            "the message of `ch.publish(…)` is published without waiting for the broker to "
            "confirm it",
        ),
        ("amqp_consumer_forwards_then_acks.mjs", "and the message is acknowledged anyway"),
        ("hono_nats_core_publish.ts", "is published on core NATS, which stores and confirms"),
        ("express_kafkajs_acks_zero.js", "is sent with `acks: 0`, so no broker ever confirms it"),
        (
            "koa_helper_publishes_on_plain_channel.js",
            "the message of `channel.publish(…)` in publishOrder() is published on a plain "
            "amqplib channel",
        ),
    ],
)
def test_an_unconfirmed_amqp_publish_is_not_durable(name: str, says: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert says in finding.message


@pytest.mark.parametrize(
    ("name", "redirect"),
    [
        ("sveltekit_action_waituntil_throw_redirect.ts", '`redirect(303, "/newsletter/welcome")`'),
        ("express_contact_setimmediate_redirect.js", '`res.redirect(303, "/contact/thanks")`'),
    ],
)
def test_a_redirect_after_a_form_post_claims_the_save(name: str, redirect: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert f"the handler answers success ({redirect}" in finding.message


def test_a_redirect_to_the_login_page_is_a_guard_not_the_answer() -> None:
    path = FIXTURES / CODE / "negative" / "remix_action_login_guard_then_202.tsx"
    [site] = run(CODE, path).sites
    assert (site.line, site.verdict, site.reason) == (
        8,
        "ok",
        "response does not claim it is stored",
    )


@pytest.mark.parametrize(
    ("name", "how"),
    [
        (
            "express_readings_buffer_setinterval_pg.js",
            "only kept in memory, in `pending`, until the `setInterval(…)` callback (line 10)",
        ),
        ("hono_votes_size_check_drain.ts", "in `queue`, until drain() (line 10) writes it later"),
        ("fastify_guestbook_sigterm_flush.mjs", "stored by writeFileSync(FILE)) is only kept"),
    ],
)
def test_request_data_buffered_in_memory_for_a_later_flush(name: str, how: str) -> None:
    [finding] = run(CODE, FIXTURES / CODE / "positive" / name).findings
    assert how in finding.message
    assert "the handler answers success" in finding.message


def test_a_buffer_the_handler_flushes_before_answering_is_accepted() -> None:
    path = FIXTURES / CODE / "negative" / "express_readings_buffer_flushed_before_answer.js"
    assert run(CODE, path).sites == []


def test_request_data_batched_by_a_local_class_with_a_timer() -> None:
    path = FIXTURES / CODE / "positive" / "hono_class_batcher_timer_flush.ts"
    [finding] = run(CODE, path).findings
    assert "batched in `ViewBatcher.#rows`, stored by Kysely insertInto" in finding.message
    assert "until `ViewBatcher.flush()` writes the batch later" in finding.message


def test_a_class_batch_the_handler_awaits_is_accepted() -> None:
    path = FIXTURES / CODE / "negative" / "koa_class_group_commit_awaited.ts"
    assert run(CODE, path).findings == []
