# negative LW003: fixed form, guidance state written to a mkstemp file in the same directory, fsynced, os.replace'd, directory fsynced
"""Guidance store for the judge service."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


class GuidanceStore:
    def __init__(self, state_dir: Path) -> None:
        self.state_dir = state_dir
        self.path = state_dir / "guidance.json"

    def load(self) -> dict:
        try:
            return json.loads(self.path.read_text())
        except FileNotFoundError:
            return {}

    def save(self, guidance: dict) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.state_dir, prefix=".guidance_tmp_", suffix=".json")
        try:
            with os.fdopen(fd, "w") as fh:
                json.dump(guidance, fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            os.unlink(tmp)
            raise
        dir_fd = os.open(self.state_dir, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
