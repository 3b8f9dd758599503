# Positive LW003: trainer rewrites its resume checkpoint in place with open("w") + json.dump.
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)


@dataclass
class TrainingProgress:
    epoch: int = 0
    step: int = 0
    best_loss: float = float("inf")
    shards_done: list[str] = field(default_factory=list)


class CheckpointManager:
    def __init__(self, run_dir: Path) -> None:
        self.path = run_dir / "progress.json"

    def load(self) -> TrainingProgress:
        if not self.path.exists():
            return TrainingProgress()
        return TrainingProgress(**json.loads(self.path.read_text()))

    def save(self, progress: TrainingProgress) -> None:
        with open(self.path, "w", encoding="utf-8") as fh:
            json.dump(asdict(progress), fh, indent=2)
        logger.info("checkpoint at epoch %d step %d", progress.epoch, progress.step)
