# positive LW002: arq job spawns an XADD on a Redis client it closes in `finally` before the task runs
# ruff: noqa: RUF012
"""arq worker: publishes shipment status changes to a Redis stream."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from redis.asyncio import Redis

STREAM = "shipments:status"


async def publish_status(ctx: dict[str, Any], shipment_id: str, status: str) -> str:
    r = Redis.from_url(ctx["redis_url"])
    try:
        current = await r.hget(f"shipment:{shipment_id}", "status")
        if current == status.encode():
            return "unchanged"
        asyncio.create_task(  # noqa: RUF006
            r.xadd(STREAM, {"id": shipment_id, "status": status, "meta": json.dumps({})})
        )
        return "published"
    finally:
        await r.aclose()


class WorkerSettings:
    functions = [publish_status]
