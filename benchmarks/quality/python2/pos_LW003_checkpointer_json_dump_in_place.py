# positive LW003: a stream consumer's Checkpointer rewrites its offsets file in place with open("w") + json.dump
from __future__ import annotations

import json
import logging
from pathlib import Path

logger = logging.getLogger(__name__)


class Checkpointer:
    """Remembers the last committed offset per partition across restarts."""

    def __init__(self, directory: Path, group: str) -> None:
        self.path = directory / f"{group}.offsets.json"
        self.offsets: dict[str, int] = {}

    def load(self) -> None:
        if self.path.exists():
            self.offsets = {k: int(v) for k, v in json.loads(self.path.read_text()).items()}

    def advance(self, partition: int, offset: int) -> None:
        self.offsets[str(partition)] = max(offset, self.offsets.get(str(partition), -1))

    def flush(self) -> None:
        with open(self.path, "w", encoding="utf-8") as fh:
            json.dump(self.offsets, fh, indent=2, sort_keys=True)
        logger.debug("checkpoint written: %s", self.offsets)
