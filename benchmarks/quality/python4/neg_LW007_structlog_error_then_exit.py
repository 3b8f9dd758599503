# negative LW007: arq job logs the failed stream write with structlog (tenant, event id, error) before exiting the worker
"""arq worker: appends domain events to the per-tenant Redis stream."""

from __future__ import annotations

import json
import sys
from typing import Any

import structlog
from redis.exceptions import RedisError

log = structlog.get_logger()


async def append_event(ctx: dict[str, Any], tenant: str, event: dict) -> str:
    redis = ctx["redis"]
    try:
        entry_id = await redis.xadd(f"events:{tenant}", {"data": json.dumps(event)}, maxlen=100_000)
    except RedisError as exc:
        log.error("event_append_failed", tenant=tenant, event_id=event.get("id"), error=repr(exc))
        sys.exit(3)
    return entry_id.decode()


class WorkerSettings:
    functions = (append_event,)
