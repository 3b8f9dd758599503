# positive LW045: feedback is inserted, then sentiment runs in an executor whose done-callback writes record["sentiment"] into the already-stored dict
"""Customer feedback intake (aiohttp + Motor)."""

from __future__ import annotations

from concurrent.futures import Future, ProcessPoolExecutor

from aiohttp import web
from feedback.nlp import score_sentiment

pool = ProcessPoolExecutor(max_workers=2)


async def submit_feedback(request: web.Request) -> web.Response:
    data = await request.json()
    record = {
        "customer": data["customer"],
        "channel": data.get("channel", "web"),
        "text": data["text"],
    }
    result = await request.app["db"].feedback.insert_one(record)

    future: Future[float] = pool.submit(score_sentiment, data["text"])

    def attach(f: Future[float]) -> None:
        record["sentiment"] = f.result()

    future.add_done_callback(attach)
    return web.json_response({"id": str(result.inserted_id)}, status=201)


def make_app(db) -> web.Application:
    app = web.Application()
    app["db"] = db
    app.router.add_post("/feedback", submit_feedback)
    return app
