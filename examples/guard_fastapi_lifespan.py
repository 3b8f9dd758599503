"""A FastAPI service whose background writes are kept, reported and drained: TaskKeeper.

``POST /judgments/{id}`` stores the judgment and awaits that write, so a 200 means it is in
the database. The classifier verdict is slow and only an enrichment, so it is attached in
the background, through the app's ``TaskKeeper`` rather than a bare ``asyncio.create_task``:
the task cannot be garbage-collected mid-flight, a failure is logged at ERROR (logger
``lostwrite.guard``, with the task name and traceback) and counted, and at shutdown the
lifespan drains the keeper *before* it closes the database pool, so no verdict is cut off
by a closed connection (LW001, LW002, LW045).

Run it with ``LOSTWRITE_EXAMPLE_DB=judgments.db uvicorn guard_fastapi_lifespan:app``.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from pydantic import BaseModel

from lostwrite.guard import TaskKeeper


class SQLitePool:
    """A small pool of SQLite connections used from worker threads; ``close`` closes them all."""

    def __init__(self, path: str, size: int = 2) -> None:
        self._connections = [
            sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            for _ in range(size)
        ]
        self._idle: asyncio.Queue[sqlite3.Connection] = asyncio.Queue()
        for connection in self._connections:
            self._idle.put_nowait(connection)

    async def execute(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        connection = await self._idle.get()
        try:
            await asyncio.to_thread(connection.execute, sql, params)
        finally:
            self._idle.put_nowait(connection)

    async def close(self) -> None:
        for connection in self._connections:
            connection.close()


class Judgment(BaseModel):
    text: str


async def classify(text: str, delay: float) -> str:
    """Stand-in for a slow model call."""
    await asyncio.sleep(delay)
    if "poison" in text:
        raise ValueError(f"classifier rejected {text!r}")
    return "approve" if "good" in text else "review"


async def attach_verdict(pool: SQLitePool, judgment_id: str, text: str, delay: float) -> None:
    verdict = await classify(text, delay)
    await pool.execute(
        "UPDATE judgments SET verdict = ? WHERE id = ? AND verdict IS NULL",
        (verdict, judgment_id),
    )


def create_app(db_path: str, classify_delay: float = 0.2) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = SQLitePool(db_path)
        await pool.execute(
            "CREATE TABLE IF NOT EXISTS judgments (id TEXT PRIMARY KEY, text TEXT, verdict TEXT)"
        )
        app.state.pool = pool
        try:
            async with TaskKeeper(drain_timeout=30) as keeper:
                app.state.keeper = keeper
                yield
        finally:
            await pool.close()  # after the keeper drained: no verdict write is cut off

    app = FastAPI(lifespan=lifespan)

    @app.post("/judgments/{judgment_id}")
    async def create_judgment(judgment_id: str, judgment: Judgment, request: Request) -> dict:
        state = request.app.state
        await state.pool.execute(
            "INSERT INTO judgments (id, text) VALUES (?, ?)", (judgment_id, judgment.text)
        )
        state.keeper.spawn(
            attach_verdict(state.pool, judgment_id, judgment.text, classify_delay),
            name=f"verdict:{judgment_id}",
        )
        return {"id": judgment_id, "stored": True}

    @app.get("/health")
    async def health(request: Request) -> dict:
        keeper: TaskKeeper = request.app.state.keeper
        return {"pending_writes": keeper.pending, "failed_writes": keeper.failures}

    return app


app = create_app(os.environ.get("LOSTWRITE_EXAMPLE_DB", "judgments.db"))
