# negative LW003: StateStore.save writes a sibling temp file, fsyncs it and renames it over the state file
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class SyncState:
    last_event_id: int = 0


class StateStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def save(self, state: SyncState) -> None:
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(asdict(state), fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.rename(tmp, self.path)
        dir_fd = os.open(self.path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
