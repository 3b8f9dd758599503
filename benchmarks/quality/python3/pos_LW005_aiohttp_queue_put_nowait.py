# Positive LW005: aiohttp handler puts the reading on an in-memory queue for a writer task and answers 201 at once.
from __future__ import annotations

import asyncio
from typing import Any

import asyncpg
from aiohttp import web

routes = web.RouteTableDef()


async def writer(app: web.Application) -> None:
    queue: asyncio.Queue[dict[str, Any]] = app["pending"]
    pool: asyncpg.Pool = app["pool"]
    while True:
        reading = await queue.get()
        await pool.execute(
            "INSERT INTO glucose_readings (patient_id, mg_dl, taken_at) VALUES ($1, $2, $3)",
            reading["patient_id"],
            reading["mg_dl"],
            reading["taken_at"],
        )


@routes.post("/patients/{patient_id}/readings")
async def add_reading(request: web.Request) -> web.Response:
    body = await request.json()
    reading = {"patient_id": request.match_info["patient_id"], **body}
    request.app["pending"].put_nowait(reading)
    return web.json_response({"stored": True}, status=201)


async def start_writer(app: web.Application) -> None:
    app["pending"] = asyncio.Queue()
    app["writer"] = asyncio.create_task(writer(app))
