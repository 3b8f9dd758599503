# positive LW005: the /judge route emits "judgment.created" on an in-process bus whose listener stores it, then returns 201
from __future__ import annotations

import asyncio
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable

from fastapi import FastAPI

Listener = Callable[[dict], Awaitable[None]]


class EventBus:
    def __init__(self) -> None:
        self._listeners: dict[str, list[Listener]] = defaultdict(list)
        self._running: set[asyncio.Task] = set()

    def on(self, name: str) -> Callable[[Listener], Listener]:
        def register(fn: Listener) -> Listener:
            self._listeners[name].append(fn)
            return fn

        return register

    def emit(self, name: str, payload: dict) -> None:
        for listener in self._listeners[name]:
            task = asyncio.get_running_loop().create_task(listener(payload))
            self._running.add(task)
            task.add_done_callback(self._running.discard)


bus = EventBus()
app = FastAPI()


@bus.on("judgment.created")
async def persist_judgment(judgment: dict) -> None:
    await app.state.db.execute(
        "INSERT INTO judgments (id, verdict) VALUES ($1, $2)", judgment["id"], judgment["verdict"]
    )


@app.post("/judge", status_code=201)
async def judge(body: dict) -> dict:
    judgment = {"id": str(uuid.uuid4()), "verdict": body["score"] > 0.5}
    bus.emit("judgment.created", judgment)
    return {"id": judgment["id"]}
