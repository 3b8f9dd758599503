# positive LW045: the decision line is appended to the JSONL log first; a task then lazily imports the policy model and sets entry["policy_verdict"], which is never written
"""Moderation decisions log (plain asyncio service writing an append-only JSONL file)."""

from __future__ import annotations

import asyncio
import importlib
import json
import time
from pathlib import Path

LOG = Path("/var/log/moderation/decisions.jsonl")
_pending: set[asyncio.Task[None]] = set()


def _append(entry: dict) -> None:
    with LOG.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


async def record_decision(item_id: str, text: str, action: str) -> dict:
    entry = {"ts": time.time(), "item": item_id, "action": action, "would_have_asked": True}
    await asyncio.to_thread(_append, entry)

    async def add_verdict() -> None:
        policy = await asyncio.to_thread(importlib.import_module, "moderation.policy_model")
        entry["policy_verdict"] = policy.verdict(text)

    task = asyncio.create_task(add_verdict())
    _pending.add(task)
    task.add_done_callback(_pending.discard)
    return entry
