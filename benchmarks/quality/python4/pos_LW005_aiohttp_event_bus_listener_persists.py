# positive LW005: aiohttp handler emits "review.submitted" on an in-process bus whose listener does the INSERT later, and answers 201 at once
"""Reviews service (aiohttp + an in-process event bus + aiosqlite)."""

from __future__ import annotations

import asyncio
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable

import aiosqlite
from aiohttp import web

Listener = Callable[[dict], Awaitable[None]]


class EventBus:
    def __init__(self) -> None:
        self._listeners: dict[str, list[Listener]] = defaultdict(list)
        self._running: set[asyncio.Task[None]] = set()

    def on(self, name: str, listener: Listener) -> None:
        self._listeners[name].append(listener)

    def emit(self, name: str, payload: dict) -> None:
        for listener in self._listeners[name]:
            task = asyncio.create_task(listener(payload))
            self._running.add(task)
            task.add_done_callback(self._running.discard)


bus = EventBus()


async def store_review(review: dict) -> None:
    async with aiosqlite.connect("reviews.db") as db:
        await db.execute(
            "INSERT INTO reviews (id, product, stars, text) VALUES (?, ?, ?, ?)",
            (review["id"], review["product"], review["stars"], review["text"]),
        )
        await db.commit()


bus.on("review.submitted", store_review)


async def submit_review(request: web.Request) -> web.Response:
    data = await request.json()
    review = {"id": uuid.uuid4().hex, "product": request.match_info["product"], **data}
    bus.emit("review.submitted", review)
    return web.json_response({"id": review["id"]}, status=201)


app = web.Application()
app.router.add_post("/products/{product}/reviews", submit_review)
