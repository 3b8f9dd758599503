# negative LW004: `forward` returns False on a failed store POST and its only caller checks it and answers 503 so the station retries
"""Weather station uplink (aiohttp server): forwards measurements to the time-series store."""

from __future__ import annotations

import logging

import httpx
from aiohttp import web

log = logging.getLogger(__name__)
TSDB_URL = "http://tsdb.internal/api/v1/write"


async def forward(client: httpx.AsyncClient, measurement: dict) -> bool:
    try:
        resp = await client.post(TSDB_URL, json=measurement)
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        log.error("tsdb write for %s failed: %s", measurement.get("station"), exc)
        return False
    return True


async def ingest(request: web.Request) -> web.Response:
    measurement = await request.json()
    stored = await forward(request.app["tsdb"], measurement)
    if not stored:
        return web.json_response({"error": "not stored, retry later"}, status=503)
    return web.json_response({"stored": True}, status=201)


def make_app(client: httpx.AsyncClient) -> web.Application:
    app = web.Application()
    app["tsdb"] = client
    app.router.add_post("/ingest", ingest)
    return app
