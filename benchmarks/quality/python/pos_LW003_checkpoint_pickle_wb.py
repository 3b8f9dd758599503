# positive LW003: a training checkpoint is pickled straight into the live file opened "wb"
import pickle
from pathlib import Path


class Trainer:
    def __init__(self, run_dir: Path) -> None:
        self.run_dir = run_dir
        self.epoch = 0
        self.weights: dict = {}

    def save_checkpoint(self) -> None:
        with open(self.run_dir / "checkpoint.pkl", "wb") as fh:
            pickle.dump({"epoch": self.epoch, "weights": self.weights}, fh)

    def resume(self) -> None:
        with open(self.run_dir / "checkpoint.pkl", "rb") as fh:
            state = pickle.load(fh)
        self.epoch, self.weights = state["epoch"], state["weights"]
