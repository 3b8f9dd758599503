# negative LW003: the resumable trainer state is pickled through atomicwrites.atomic_write (temp file + fsync + rename)
"""Gradient-boosting trainer with resumable state (runs on preemptible VMs)."""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass, field

from atomicwrites import atomic_write

STATE_DIR = os.environ.get("TRAINER_STATE_DIR", "/mnt/state")


@dataclass
class TrainerState:
    round: int = 0
    trees: list = field(default_factory=list)


def resume() -> TrainerState:
    path = os.path.join(STATE_DIR, "state.pkl")
    if os.path.exists(path):
        with open(path, "rb") as fh:
            return pickle.load(fh)
    return TrainerState()


def persist(state: TrainerState) -> None:
    path = os.path.join(STATE_DIR, "state.pkl")
    with atomic_write(path, mode="wb", overwrite=True) as fh:
        pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
