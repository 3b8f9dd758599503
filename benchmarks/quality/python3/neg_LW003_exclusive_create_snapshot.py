# Negative LW003: each snapshot goes to a new, uniquely named file opened with "x"; the live file is never truncated.
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def snapshot_path(directory: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return directory / f"snapshot-{stamp}.json"


def write_snapshot(directory: Path, state: dict[str, Any]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    target = snapshot_path(directory)
    with open(target, "x", encoding="utf-8") as fh:
        json.dump(state, fh)
    return target


def latest_snapshot(directory: Path) -> dict[str, Any] | None:
    candidates = sorted(directory.glob("snapshot-*.json"))
    for candidate in reversed(candidates):
        try:
            return json.loads(candidate.read_text())
        except json.JSONDecodeError:
            continue
    return None
