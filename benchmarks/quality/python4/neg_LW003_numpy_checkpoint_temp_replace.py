# negative LW003: embedding checkpoint saved with np.save to a temp file in the same directory, fsynced, then os.replace
"""Incremental embedding index: checkpoints its matrix so a restart can resume."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np


class EmbeddingIndex:
    def __init__(self, ckpt: Path, dim: int) -> None:
        self.ckpt = ckpt
        self.matrix = np.load(ckpt) if ckpt.exists() else np.zeros((0, dim), dtype=np.float32)

    def add(self, vectors: np.ndarray) -> None:
        self.matrix = np.vstack([self.matrix, vectors.astype(np.float32)])

    def checkpoint(self) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.ckpt.parent, prefix=".emb-", suffix=".npy")
        try:
            with os.fdopen(fd, "wb") as fh:
                np.save(fh, self.matrix)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.ckpt)
        except BaseException:
            os.unlink(tmp)
            raise
        dfd = os.open(self.ckpt.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
