# positive LW003: a StateStore.save method truncates its state file with self.path.open("w")
import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class SyncState:
    last_event_id: int = 0
    last_synced_at: str = ""


class StateStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> SyncState:
        if not self.path.exists():
            return SyncState()
        return SyncState(**json.loads(self.path.read_text()))

    def save(self, state: SyncState) -> None:
        with self.path.open("w", encoding="utf-8") as fh:
            json.dump(asdict(state), fh)
