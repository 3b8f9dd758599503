# negative LW002: FastAPI lifespan owns the httpx client; background webhook writes are awaited before the client is closed
import asyncio
import logging
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, Request

log = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.client = httpx.AsyncClient(base_url="http://events-store:7000")
    app.state.pending = set()
    yield
    results = await asyncio.gather(*app.state.pending, return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            log.error("event write failed during shutdown", exc_info=r)
    await app.state.client.aclose()


app = FastAPI(lifespan=lifespan)


@app.post("/signups")
async def signup(request: Request, body: dict) -> dict:
    resp = await request.app.state.client.post("/users", json=body)
    resp.raise_for_status()
    event = asyncio.create_task(
        request.app.state.client.post("/events", json={"type": "signup", "user": body["email"]})
    )
    request.app.state.pending.add(event)
    event.add_done_callback(_settled)
    return {"ok": True}


def _settled(task: asyncio.Task) -> None:
    app.state.pending.discard(task)
    if not task.cancelled() and task.exception() is not None:
        log.error("signup event write failed", exc_info=task.exception())
