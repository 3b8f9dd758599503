"""Fixtures for the recover tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from recover_data import Runner


@pytest.fixture
def run(tmp_path: Path) -> Iterator[Runner]:
    """A ``lostwrite recover`` runner working in ``tmp_path``."""
    yield Runner(tmp_path)
