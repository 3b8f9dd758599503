# positive LW045: a Sanic handler inserts the message row, then ensure_future(classify(...)) with a callback that sets row["label"]
import asyncio

from sanic import Request, Sanic
from sanic.response import json

app = Sanic("inbox")
_pending: set[asyncio.Future] = set()


async def classify(text: str) -> str:
    from inbox.spam import model  # lazily loaded

    return model.predict(text)


@app.post("/messages")
async def receive(request: Request):
    row = {"sender": request.json["from"], "text": request.json["text"]}
    async with request.app.ctx.pool.acquire() as conn:
        row["id"] = await conn.fetchval(
            "INSERT INTO messages (sender, text) VALUES ($1, $2) RETURNING id",
            row["sender"],
            row["text"],
        )
    fut = asyncio.ensure_future(classify(row["text"]))
    _pending.add(fut)
    fut.add_done_callback(lambda f: row.__setitem__("label", f.result()))
    fut.add_done_callback(_pending.discard)
    return json({"id": row["id"]}, status=201)
