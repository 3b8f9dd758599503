# positive LW003: the guidance file is written to a temp file and renamed, but nothing is fsynced (the rename can land before the data)
import json
import os
from pathlib import Path


class GuidanceStore:
    def __init__(self, state_dir: Path) -> None:
        self.state_dir = state_dir
        self.path = state_dir / "guidance.json"

    def load(self) -> dict:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def save(self, guidance: dict) -> None:
        tmp = self.path.with_suffix(".json.tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(guidance, fh)
        os.replace(tmp, self.path)  # no fsync of the file or of the directory
