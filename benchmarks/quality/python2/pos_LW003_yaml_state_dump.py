# positive LW003: a deploy agent persists its rollout state with open(state_path, "w") and yaml.safe_dump
import os
from dataclasses import asdict, dataclass, field

import yaml

STATE_PATH = os.environ.get("ROLLOUT_STATE", "/var/lib/rollout/state.yaml")


@dataclass
class RolloutState:
    release: str = ""
    done_hosts: list[str] = field(default_factory=list)
    failed_hosts: list[str] = field(default_factory=list)


def load_state() -> RolloutState:
    try:
        with open(STATE_PATH, encoding="utf-8") as fh:
            return RolloutState(**(yaml.safe_load(fh) or {}))
    except FileNotFoundError:
        return RolloutState()


def save_state(state: RolloutState) -> None:
    with open(STATE_PATH, "w", encoding="utf-8") as fh:
        yaml.safe_dump(asdict(state), fh)


def mark_host(state: RolloutState, host: str, ok: bool) -> None:
    (state.done_hosts if ok else state.failed_hosts).append(host)
    save_state(state)
