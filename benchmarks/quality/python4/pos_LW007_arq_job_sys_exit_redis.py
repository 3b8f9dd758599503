# positive LW007: arq job kills the worker with sys.exit(3) when the Redis stream write fails, logging nothing about the event
"""arq worker: appends domain events to the per-tenant Redis stream."""

from __future__ import annotations

import json
import sys
from typing import Any

from redis.exceptions import RedisError


async def append_event(ctx: dict[str, Any], tenant: str, event: dict) -> str:
    redis = ctx["redis"]
    try:
        entry_id = await redis.xadd(f"events:{tenant}", {"data": json.dumps(event)}, maxlen=100_000)
    except RedisError:
        sys.exit(3)
    return entry_id.decode()


async def startup(ctx: dict[str, Any]) -> None:
    ctx["started"] = True


class WorkerSettings:
    functions = (append_event,)
    on_startup = startup
