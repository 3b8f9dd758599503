# negative LW002: arq job writes to Redis with awaited calls and closes the client in `finally`; nothing runs in the background
# ruff: noqa: RUF012
"""arq worker: publishes shipment status changes to a Redis stream."""

from __future__ import annotations

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
        async with r.pipeline(transaction=True) as pipe:
            pipe.hset(f"shipment:{shipment_id}", "status", status)
            pipe.xadd(STREAM, {"id": shipment_id, "status": status, "meta": json.dumps({})})
            await pipe.execute()
        return "published"
    finally:
        await r.aclose()


class WorkerSettings:
    functions = [publish_status]
