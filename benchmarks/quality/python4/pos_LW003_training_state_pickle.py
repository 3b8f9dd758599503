# positive LW003: the resumable training state is pickled straight over state.pkl ("wb"), which resume() loads on restart
"""Gradient-boosting trainer with resumable state (runs on preemptible VMs)."""

from __future__ import annotations

import os
import pickle
from dataclasses import dataclass, field

import numpy as np

STATE_DIR = os.environ.get("TRAINER_STATE_DIR", "/mnt/state")


@dataclass
class TrainerState:
    round: int = 0
    trees: list = field(default_factory=list)
    best_loss: float = float("inf")


def resume() -> TrainerState:
    path = os.path.join(STATE_DIR, "state.pkl")
    if os.path.exists(path):
        with open(path, "rb") as fh:
            return pickle.load(fh)
    return TrainerState()


def persist(state: TrainerState) -> None:
    path = os.path.join(STATE_DIR, "state.pkl")
    with open(path, "wb") as fh:
        pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)


def train(x: np.ndarray, y: np.ndarray, rounds: int, fit_tree) -> TrainerState:
    state = resume()
    residual = y.astype(float)
    for tree in state.trees:
        residual -= tree.predict(x)
    while state.round < rounds:
        tree = fit_tree(x, residual)
        residual -= tree.predict(x)
        state.trees.append(tree)
        state.round += 1
        state.best_loss = min(state.best_loss, float(np.mean(residual**2)))
        if state.round % 10 == 0:
            persist(state)
    return state
