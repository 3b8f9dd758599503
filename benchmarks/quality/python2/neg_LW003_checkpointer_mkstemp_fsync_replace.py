# negative LW003: the fixed Checkpointer: mkstemp in the same directory, fsync, os.replace, then fsync of the directory
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


class Checkpointer:
    def __init__(self, directory: Path, group: str) -> None:
        self.directory = directory
        self.path = directory / f"{group}.offsets.json"
        self.offsets: dict[str, int] = {}

    def flush(self) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".offsets-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self.offsets, fh, indent=2, sort_keys=True)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            os.unlink(tmp)
            raise
        dir_fd = os.open(self.directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
