# negative LW005: the comment INSERT is awaited; the Starlette BackgroundTask only pushes a statsd counter
"""Comments API (Starlette + `databases`)."""

from __future__ import annotations

import uuid

from databases import Database
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse
from statsd import StatsClient

database = Database("postgresql://blog@db/blog")
stats = StatsClient("statsd", 8125, prefix="blog")


def count_comment(post_id: int) -> None:
    stats.incr("comments.created")
    stats.incr(f"comments.post.{post_id}")


async def add_comment(request: Request) -> JSONResponse:
    post_id = int(request.path_params["post_id"])
    data = await request.json()
    comment_id = str(uuid.uuid4())
    await database.execute(
        "INSERT INTO comments (id, post_id, author, body) VALUES (:id, :post, :author, :body)",
        {"id": comment_id, "post": post_id, "author": data["author"], "body": data["body"]},
    )
    return JSONResponse(
        {"id": comment_id, "post": post_id},
        status_code=201,
        background=BackgroundTask(count_comment, post_id),
    )
