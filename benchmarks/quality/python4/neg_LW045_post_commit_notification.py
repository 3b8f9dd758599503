# negative LW045: after the commit a background task only notifies the on-call channel; it changes nothing on the stored record
"""Incident intake (Litestar + asyncpg)."""

from __future__ import annotations

import asyncio
import logging

import asyncpg
import httpx
from litestar import Litestar, Request, post

log = logging.getLogger(__name__)
SLACK_WEBHOOK = "https://hooks.slack.example/T000/B000/XXX"
_notifications: set[asyncio.Task[None]] = set()


async def notify_oncall(incident_id: int, title: str) -> None:
    async with httpx.AsyncClient(timeout=5) as client:
        await client.post(SLACK_WEBHOOK, json={"text": f"Incident #{incident_id}: {title}"})


def _log_failure(task: asyncio.Task[None]) -> None:
    _notifications.discard(task)
    if not task.cancelled() and task.exception():
        log.error("on-call notification failed", exc_info=task.exception())


@post("/incidents", status_code=201)
async def open_incident(request: Request, data: dict) -> dict[str, int]:
    pool: asyncpg.Pool = request.app.state.pool
    incident_id = await pool.fetchval(
        "INSERT INTO incidents (title, severity, reporter) VALUES ($1, $2, $3) RETURNING id",
        data["title"],
        data["severity"],
        data["reporter"],
    )
    task = asyncio.create_task(notify_oncall(incident_id, data["title"]))
    _notifications.add(task)
    task.add_done_callback(_log_failure)
    return {"id": incident_id}


app = Litestar(route_handlers=[open_incident])
