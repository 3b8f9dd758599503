# negative LW005: aiohttp handler awaits the INSERT, then spawns only a websocket broadcast
# ruff: noqa: RUF006
import asyncio

from aiohttp import web


async def broadcast(app: web.Application, payload: dict) -> None:
    for ws in set(app["sockets"]):
        await ws.send_json(payload)


async def post_message(request: web.Request) -> web.Response:
    body = await request.json()
    await request.app["pool"].execute(
        "INSERT INTO messages (room, text) VALUES ($1, $2)", body["room"], body["text"]
    )
    asyncio.create_task(broadcast(request.app, body))
    return web.json_response({"stored": True}, status=201)
