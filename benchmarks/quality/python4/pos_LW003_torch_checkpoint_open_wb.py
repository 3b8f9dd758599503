# positive LW003: the live model checkpoint is overwritten in place (open "wb" + torch.save) every epoch and loaded on resume
"""Fine-tuning loop with resume-from-checkpoint (PyTorch)."""

from __future__ import annotations

from pathlib import Path

import torch
from torch import nn
from torch.utils.data import DataLoader


class Trainer:
    def __init__(self, model: nn.Module, opt: torch.optim.Optimizer, run_dir: Path) -> None:
        self.model = model
        self.opt = opt
        self.ckpt_path = run_dir / "checkpoint.pt"
        self.epoch = 0

    def maybe_resume(self) -> None:
        if self.ckpt_path.exists():
            ckpt = torch.load(self.ckpt_path, map_location="cpu")
            self.model.load_state_dict(ckpt["model"])
            self.opt.load_state_dict(ckpt["opt"])
            self.epoch = ckpt["epoch"]

    def save_checkpoint(self) -> None:
        with open(self.ckpt_path, "wb") as fh:
            torch.save(
                {
                    "model": self.model.state_dict(),
                    "opt": self.opt.state_dict(),
                    "epoch": self.epoch,
                },
                fh,
            )

    def fit(self, loader: DataLoader, epochs: int, loss_fn: nn.Module) -> None:
        self.maybe_resume()
        while self.epoch < epochs:
            self.model.train()
            for xb, yb in loader:
                self.opt.zero_grad()
                loss = loss_fn(self.model(xb), yb)
                loss.backward()
                self.opt.step()
            self.epoch += 1
            self.save_checkpoint()
