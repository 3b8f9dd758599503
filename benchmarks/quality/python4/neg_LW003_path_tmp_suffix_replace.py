# negative LW003: the shipper's offset state goes to `<state>.tmp`, fsynced, then Path.replace over the live file, directory fsynced
"""Log shipper offset state, written atomically."""

from __future__ import annotations

import json
import os
from pathlib import Path


class OffsetState:
    def __init__(self, state_file: Path) -> None:
        self.state_file = state_file

    def load(self) -> int:
        try:
            return int(json.loads(self.state_file.read_text())["offset"])
        except FileNotFoundError:
            return 0

    def store(self, source: Path, offset: int) -> None:
        tmp = self.state_file.with_suffix(self.state_file.suffix + ".tmp")
        payload = json.dumps({"path": str(source), "offset": offset}).encode()
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        tmp.replace(self.state_file)
        dfd = os.open(self.state_file.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
