# negative LW045: after the commit a supervised task only publishes a notification; the stored record is complete and untouched
import asyncio
import json
import logging

log = logging.getLogger(__name__)
_tasks: set[asyncio.Task] = set()


def _done(t: asyncio.Task) -> None:
    _tasks.discard(t)
    if not t.cancelled() and t.exception():
        log.error("notification failed", exc_info=t.exception())


async def record_turn(pool, redis, turn_id: str, text: str, verdict: str) -> dict:
    row = {"id": turn_id, "text": text, "would_have_asked": True, "classifier_verdict": verdict}
    await pool.execute(
        "INSERT INTO turns (id, body) VALUES ($1, $2::jsonb)", turn_id, json.dumps(row)
    )
    t = asyncio.create_task(redis.publish("turns", json.dumps({"id": turn_id})))
    _tasks.add(t)
    t.add_done_callback(_done)
    return row
