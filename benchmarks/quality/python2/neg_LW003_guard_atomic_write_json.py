# negative LW003: the rollout state is saved through lostwrite.guard.atomic_write_json (temp + fsync + replace + dir fsync)
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from lostwrite.guard import atomic_write_json

STATE_PATH = Path("/var/lib/rollout/state.json")


@dataclass
class RolloutState:
    release: str = ""
    done_hosts: list[str] = field(default_factory=list)


def load_state() -> RolloutState:
    try:
        return RolloutState(**json.loads(STATE_PATH.read_text()))
    except FileNotFoundError:
        return RolloutState()


def save_state(state: RolloutState) -> None:
    atomic_write_json(STATE_PATH, asdict(state))
