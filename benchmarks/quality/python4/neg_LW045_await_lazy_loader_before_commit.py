# negative LW045: the lazily loaded policy model is awaited first and the verdict goes into the entry before the JSONL append
"""Moderation decisions log (plain asyncio service writing an append-only JSONL file)."""

from __future__ import annotations

import asyncio
import importlib
import json
import time
from pathlib import Path

LOG = Path("/var/log/moderation/decisions.jsonl")


def _append(entry: dict) -> None:
    with LOG.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


async def record_decision(item_id: str, text: str, action: str) -> dict:
    policy = await asyncio.to_thread(importlib.import_module, "moderation.policy_model")
    entry = {
        "ts": time.time(),
        "item": item_id,
        "action": action,
        "would_have_asked": True,
        "policy_verdict": policy.verdict(text),
    }
    await asyncio.to_thread(_append, entry)
    return entry
