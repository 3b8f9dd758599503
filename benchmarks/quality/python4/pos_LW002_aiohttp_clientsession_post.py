# positive LW002: a webhook-to-store POST is started on an aiohttp ClientSession that the `async with` closes immediately after
"""Forward signed events to the event store (aiohttp client in a Sanic app)."""

import asyncio
import hmac
import logging

import aiohttp
from sanic import Sanic, json
from sanic.request import Request

app = Sanic("forwarder")
EVENT_STORE = "http://eventstore:2113/streams/inbound"
log = logging.getLogger(__name__)


def _verify(request: Request) -> bool:
    expected = hmac.new(app.config.SECRET.encode(), request.body, "sha256").hexdigest()
    return hmac.compare_digest(expected, request.headers.get("x-signature", ""))


@app.post("/hooks/<source:str>")
async def receive(request: Request, source: str):
    if not _verify(request):
        return json({"error": "bad signature"}, status=401)
    async with aiohttp.ClientSession() as http:
        pending = asyncio.ensure_future(
            http.post(EVENT_STORE, json={"source": source, "body": request.json})
        )
        pending.add_done_callback(
            lambda f: f.exception() and log.debug("forward failed: %s", f.exception())
        )
    return json({"accepted": True})
