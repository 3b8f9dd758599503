# positive LW001: create_task(client.post(...)) sends an event to the event store over HTTP from a Starlette endpoint, task dropped
# ruff: noqa: RUF006
import asyncio

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

EVENT_STORE = "http://eventstore.internal/api/streams/signup"
client = httpx.AsyncClient(timeout=5.0)


async def signup(request: Request) -> JSONResponse:
    body = await request.json()
    event = {"type": "UserSignedUp", "email": body["email"], "plan": body.get("plan", "free")}
    asyncio.create_task(client.post(EVENT_STORE, json=event))
    return JSONResponse({"welcome": body["email"]})


app = Starlette(routes=[Route("/signup", signup, methods=["POST"])])
