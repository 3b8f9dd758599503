# negative LW003: audit events appended to a JSONL log with mode "a" (never truncated), one line per write, fsynced
"""Audit journal for the key-management service."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

JOURNAL = Path("/var/log/kms/audit.jsonl")
_lock = threading.Lock()


def journal(event: str, key_id: str, actor: str) -> None:
    line = json.dumps({"ts": time.time(), "event": event, "key": key_id, "actor": actor})
    with _lock, open(JOURNAL, "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def rotate_key(vault, key_id: str, actor: str) -> str:
    new_version = vault.rotate(key_id)
    journal("rotate", key_id, actor)
    return new_version
