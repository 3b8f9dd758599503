# Negative LW005: Sanic handler awaits the comment insert and only warms the thread cache in app.add_task.
from blog.db import CommentRepository
from sanic import Request, Sanic
from sanic.response import json

app = Sanic("blog")


async def warm_thread(comments: CommentRepository, post_id: int) -> None:
    await comments.list_for_post(post_id, limit=50)  # read-only: primes the query cache


@app.post("/posts/<post_id:int>/comments")
async def add_comment(request: Request, post_id: int):
    comments: CommentRepository = request.app.ctx.comments
    payload = request.json or {}
    comment_id = await comments.insert(
        post_id=post_id, author=payload.get("author", "anon"), body=payload["body"]
    )
    request.app.add_task(warm_thread(comments, post_id))
    return json({"id": comment_id, "post": post_id}, status=201)
