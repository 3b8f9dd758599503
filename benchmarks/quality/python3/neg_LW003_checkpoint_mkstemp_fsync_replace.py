# Negative LW003: trainer writes its checkpoint to a temp file, fsyncs, renames atomically and fsyncs the directory.
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class TrainingProgress:
    epoch: int = 0
    step: int = 0
    best_loss: float = float("inf")


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class CheckpointManager:
    def __init__(self, run_dir: Path) -> None:
        self.path = run_dir / "progress.json"

    def load(self) -> TrainingProgress:
        if not self.path.exists():
            return TrainingProgress()
        return TrainingProgress(**json.loads(self.path.read_text()))

    def save(self, progress: TrainingProgress) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".progress.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(progress), fh, indent=2)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _fsync_dir(self.path.parent)
