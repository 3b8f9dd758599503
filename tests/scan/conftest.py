"""Helpers for running the real ``lostwrite`` CLI in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


class CLI:
    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd

    def __call__(self, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "lostwrite", *args],
            cwd=cwd or self.cwd,
            capture_output=True,
            text=True,
            timeout=120,
        )


@pytest.fixture
def cli(tmp_path: Path) -> CLI:
    return CLI(tmp_path)


STATE_WRITE = """import json

def save(state):
    with open("state.json", "w") as f:
        json.dump(state, f)
"""
