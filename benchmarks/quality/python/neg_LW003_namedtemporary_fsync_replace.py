# negative LW003: the checkpoint goes through NamedTemporaryFile(dir=...) + flush + fsync + os.replace
import os
import pickle
import tempfile
from pathlib import Path


class Trainer:
    def __init__(self, run_dir: Path) -> None:
        self.run_dir = run_dir
        self.epoch = 0
        self.weights: dict = {}

    def save_checkpoint(self) -> None:
        target = self.run_dir / "checkpoint.pkl"
        with tempfile.NamedTemporaryFile("wb", dir=self.run_dir, delete=False) as tmp:
            pickle.dump({"epoch": self.epoch, "weights": self.weights}, tmp)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp.name, target)
