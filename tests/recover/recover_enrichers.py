"""Enrichment functions the recover tests pass to ``lostwrite recover --enrich``.

They run inside the real ``lostwrite`` subprocess. Environment variables steer the ones that
simulate the outside world: a concurrent writer (``RACE_*``), a crash point (``PAUSE_*``) or a
rendezvous with the test (``GATE_*``).
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any


def verdict(record: dict[str, Any]) -> dict[str, Any]:
    """The fix's logic applied retroactively: derive the missing verdict from the text."""
    _maybe_pause(record)
    return {"classifier_verdict": f"verdict-{record['id']}"}


async def verdict_async(record: dict[str, Any]) -> dict[str, Any]:
    """The same, as a coroutine that yields to the loop first."""
    await asyncio.sleep(0)
    return {"classifier_verdict": f"verdict-{record['id']}", "meta.score": record["id"] % 10}


def overreach(record: dict[str, Any]) -> dict[str, Any]:
    """Returns present fields too (with different values): they must stay untouched."""
    return {
        "classifier_verdict": f"verdict-{record['id']}",
        "text": "REWRITTEN",
        "would_have_asked": False,
    }


def flaky(record: dict[str, Any]) -> dict[str, Any]:
    """Fails for ids divisible by 4."""
    if record["id"] % 4 == 0:
        raise RuntimeError(f"classifier down for {record['id']}")
    return verdict(record)


def nothing(record: dict[str, Any]) -> None:
    """Has nothing to add."""
    return None


def race(record: dict[str, Any]) -> dict[str, Any]:
    """For id RACE_ID, a concurrent writer fills the verdict (and commits) before we write."""
    if record["id"] == int(os.environ["RACE_ID"]):
        _concurrent_write(record["id"], os.environ["RACE_TARGET"])
    return verdict(record)


def gate(record: dict[str, Any]) -> dict[str, Any]:
    """For id GATE_ID, announce ourselves in GATE_DIR/reached and wait for GATE_DIR/go."""
    if record["id"] == int(os.environ["GATE_ID"]):
        gate_dir = Path(os.environ["GATE_DIR"])
        (gate_dir / "reached").touch()
        deadline = time.monotonic() + 30
        while not (gate_dir / "go").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
    return verdict(record)


def _maybe_pause(record: dict[str, Any]) -> None:
    """With PAUSE_ID set, stop at that record (after PAUSE_FILE is written) until killed."""
    if os.environ.get("PAUSE_ID") and record["id"] == int(os.environ["PAUSE_ID"]):
        Path(os.environ["PAUSE_FILE"]).touch()
        time.sleep(60)


def _concurrent_write(record_id: int, target: str) -> None:
    kind, _, where = target.partition(":")
    if kind == "sqlite":
        path, table = where.split("|")
        conn = sqlite3.connect(path)
        conn.execute(
            f"UPDATE {table} SET doc = json_set(doc, '$.classifier_verdict', 'from-writer') "
            "WHERE id = ?",
            [record_id],
        )
        conn.commit()
        conn.close()
    elif kind == "postgres":
        import psycopg

        url, table = where.split("|")
        with psycopg.connect(url) as conn:
            conn.execute(
                f"UPDATE {table} SET doc = jsonb_set(doc::jsonb, '{{classifier_verdict}}', "
                f"'\"from-writer\"')::{os.environ.get('RACE_TYPE', 'jsonb')} WHERE id = %s",
                [record_id],
            )
    elif kind == "jsonl":
        line = {"id": record_id, "would_have_asked": True, "classifier_verdict": "from-writer"}
        with open(where, "a") as log:
            log.write(json.dumps(line) + "\n")
    else:
        raise ValueError(target)


def tamper(record: dict[str, Any]) -> dict[str, Any]:
    """For id TAMPER_ID, edit the first line of TAMPER_LOG in place (same length)."""
    if record["id"] == int(os.environ["TAMPER_ID"]):
        with open(os.environ["TAMPER_LOG"], "r+b") as log:
            head = log.read(200)
            log.seek(head.index(b"turn"))
            log.write(b"TURN")
    return verdict(record)
