# Positive LW003: online learner pickles its model state over the previous file on every update.
from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any


class OnlineFraudModel:
    def __init__(self, state_path: Path) -> None:
        self.state_path = state_path
        self.weights: dict[str, float] = {}
        self.seen = 0

    @classmethod
    def restore(cls, state_path: Path) -> OnlineFraudModel:
        model = cls(state_path)
        if state_path.exists():
            with state_path.open("rb") as fh:
                state: dict[str, Any] = pickle.load(fh)
            model.weights, model.seen = state["weights"], state["seen"]
        return model

    def update(self, features: dict[str, float], label: int, lr: float = 0.01) -> None:
        score = sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        error = label - score
        for k, v in features.items():
            self.weights[k] = self.weights.get(k, 0.0) + lr * error * v
        self.seen += 1
        if self.seen % 100 == 0:
            self.persist()

    def persist(self) -> None:
        with self.state_path.open("wb") as fh:
            pickle.dump({"weights": self.weights, "seen": self.seen}, fh)
