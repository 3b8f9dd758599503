# negative LW003: the state file is saved with lostwrite.guard.atomic_write_json
from pathlib import Path

from lostwrite.guard import atomic_write_json

STATE = Path("/var/lib/scheduler/state.json")


def save_schedule(jobs: list[dict]) -> None:
    atomic_write_json(STATE, {"jobs": jobs})
