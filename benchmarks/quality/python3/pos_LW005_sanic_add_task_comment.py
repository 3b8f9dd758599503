# Positive LW005: Sanic handler hands the comment insert to app.add_task and replies 201 before it has run.
from blog.db import CommentRepository
from sanic import Request, Sanic
from sanic.response import json

app = Sanic("blog")


async def save_comment(comments: CommentRepository, post_id: int, author: str, body: str) -> None:
    await comments.insert(post_id=post_id, author=author, body=body)


@app.post("/posts/<post_id:int>/comments")
async def add_comment(request: Request, post_id: int):
    comments: CommentRepository = request.app.ctx.comments
    payload = request.json or {}
    body = payload.get("body", "").strip()
    if not body:
        return json({"error": "empty comment"}, status=400)
    request.app.add_task(save_comment(comments, post_id, payload.get("author", "anon"), body))
    return json({"post": post_id, "status": "published"}, status=201)
