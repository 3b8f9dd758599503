# positive LW005: Starlette endpoint returns 201 with a BackgroundTask that performs the only INSERT of the comment
"""Comments API (Starlette + `databases`)."""

from __future__ import annotations

import uuid

from databases import Database
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse

database = Database("postgresql://blog@db/blog")


async def insert_comment(comment_id: str, post_id: int, author: str, body: str) -> None:
    await database.execute(
        "INSERT INTO comments (id, post_id, author, body) VALUES (:id, :post, :author, :body)",
        {"id": comment_id, "post": post_id, "author": author, "body": body},
    )


async def add_comment(request: Request) -> JSONResponse:
    post_id = int(request.path_params["post_id"])
    data = await request.json()
    comment_id = str(uuid.uuid4())
    return JSONResponse(
        {"id": comment_id, "post": post_id},
        status_code=201,
        background=BackgroundTask(
            insert_comment, comment_id, post_id, data["author"], data["body"]
        ),
    )
