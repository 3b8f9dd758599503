# Negative LW045: audit events get their tags synchronously and are appended to the JSONL log already enriched.
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import aiofiles
from audit.tagging import tag_event

AUDIT_LOG = Path("/var/log/audit/events.jsonl")


async def record_event(actor: str, action: str, target: str) -> dict[str, Any]:
    row: dict[str, Any] = {"actor": actor, "action": action, "target": target}
    row["tags"] = tag_event(action, target)
    async with aiofiles.open(AUDIT_LOG, "a") as fh:
        await fh.write(json.dumps(row) + "\n")
    return row
