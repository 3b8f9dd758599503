# positive LW001: `create_task as spawn` alias starts a Motor insert_one in an aiohttp handler and drops it
# ruff: noqa: RUF006
from asyncio import create_task as spawn

from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

client = AsyncIOMotorClient("mongodb://localhost:27017")
events = client.analytics.page_events

routes = web.RouteTableDef()


@routes.post("/track")
async def track(request: web.Request) -> web.Response:
    payload = await request.json()
    doc = {"page": payload["page"], "user": payload.get("user"), "ts": payload["ts"]}
    spawn(events.insert_one(doc))
    return web.json_response({"ok": True})
