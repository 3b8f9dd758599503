# positive LW005: a Sanic handler schedules the comment insert with app.add_task(...) and responds 201 right away
from uuid import uuid4

from sanic import Request, Sanic
from sanic.response import json

app = Sanic("comments")


async def save_comment(pool, comment: dict) -> None:
    async with pool.acquire() as conn:
        await conn.execute(
            "INSERT INTO comments (id, post_id, author, body) VALUES ($1, $2, $3, $4)",
            comment["id"],
            comment["post_id"],
            comment["author"],
            comment["body"],
        )


@app.post("/posts/<post_id:int>/comments")
async def add_comment(request: Request, post_id: int):
    comment = {"id": str(uuid4()), "post_id": post_id, **request.json}
    request.app.add_task(save_comment(request.app.ctx.pool, comment))
    return json({"id": comment["id"]}, status=201)
