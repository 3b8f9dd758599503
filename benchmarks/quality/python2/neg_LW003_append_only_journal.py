# negative LW003: state changes are appended to a JSONL journal opened with "a" (never truncated) and fsynced
import json
import os
import time
from pathlib import Path


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, kind: str, payload: dict) -> None:
        line = json.dumps({"ts": time.time(), "kind": kind, **payload}) + "\n"
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    def replay(self) -> list[dict]:
        if not self.path.exists():
            return []
        with open(self.path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
