# negative LW045: after the insert, a kept task computes the sentiment and persists it with an awaited update_one($set); failures are logged at ERROR
"""Customer feedback intake (aiohttp + Motor)."""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from feedback.nlp import score_sentiment

log = logging.getLogger(__name__)


async def enrich_sentiment(app: web.Application, feedback_id, text: str) -> None:
    score = await asyncio.to_thread(score_sentiment, text)
    await app["db"].feedback.update_one({"_id": feedback_id}, {"$set": {"sentiment": score}})


def _report(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("sentiment enrichment failed", exc_info=task.exception())


async def submit_feedback(request: web.Request) -> web.Response:
    data = await request.json()
    record = {"customer": data["customer"], "text": data["text"]}
    result = await request.app["db"].feedback.insert_one(record)
    task = asyncio.create_task(enrich_sentiment(request.app, result.inserted_id, data["text"]))
    request.app["enrichers"].add(task)
    task.add_done_callback(request.app["enrichers"].discard)
    task.add_done_callback(_report)
    return web.json_response({"id": str(result.inserted_id)}, status=201)


async def drain_enrichers(app: web.Application) -> None:
    await asyncio.gather(*app["enrichers"], return_exceptions=True)


def make_app(db) -> web.Application:
    app = web.Application()
    app["db"] = db
    app["enrichers"] = set()
    app.on_shutdown.append(drain_enrichers)
    app.router.add_post("/feedback", submit_feedback)
    return app
