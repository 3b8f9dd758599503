# negative LW005: the Sanic handler awaits the comment insert, then dispatches a signal used only for analytics
from uuid import uuid4

from sanic import Request, Sanic
from sanic.response import json

app = Sanic("comments")


@app.signal("comment.created.analytics")
async def count_comment(**context) -> None:
    app.ctx.stats["comments"] = app.ctx.stats.get("comments", 0) + 1


@app.post("/posts/<post_id:int>/comments")
async def add_comment(request: Request, post_id: int):
    comment_id = str(uuid4())
    async with request.app.ctx.pool.acquire() as conn:
        await conn.execute(
            "INSERT INTO comments (id, post_id, body) VALUES ($1, $2, $3)",
            comment_id,
            post_id,
            request.json["body"],
        )
    await request.app.dispatch("comment.created.analytics", context={"post_id": post_id})
    return json({"id": comment_id}, status=201)
