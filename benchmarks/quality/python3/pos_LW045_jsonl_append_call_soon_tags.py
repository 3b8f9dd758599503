# Positive LW045: audit event is appended to the JSONL log, then tags are computed in a loop callback that mutates the row.
from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import aiofiles
from audit.tagging import tag_event

AUDIT_LOG = Path("/var/log/audit/events.jsonl")


async def record_event(actor: str, action: str, target: str) -> dict[str, Any]:
    row: dict[str, Any] = {"actor": actor, "action": action, "target": target}
    async with aiofiles.open(AUDIT_LOG, "a") as fh:
        await fh.write(json.dumps(row) + "\n")

    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: row.update(tags=tag_event(action, target)))
    return row
