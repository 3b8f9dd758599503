# positive LW005: a Sanic handler schedules the event insert with request.app.add_task and returns ok
from sanic import Sanic
from sanic.request import Request
from sanic.response import json

app = Sanic("tracker")


async def store_event(db, event: dict) -> None:
    await db.execute("INSERT INTO events (kind, body) VALUES ($1, $2)", event["kind"], event)


@app.post("/events")
async def ingest(request: Request):
    event = request.json
    request.app.add_task(store_event(request.app.ctx.db, event))
    return json({"status": "ok"}, status=201)
