"""Batch sizing: fixed sizes stay put; auto sizes move towards 0.3 s per batch."""

from __future__ import annotations

import pytest

from lostwrite.errors import UsageError
from lostwrite.recover.batching import HIGHEST, LOWEST, START, BatchSizer


def test_fixed_size_never_changes() -> None:
    sizer = BatchSizer.parse("1000")
    for seconds in (0.001, 5.0):
        sizer.observe(seconds)
    assert sizer.size == 1000
    assert sizer.describe() == "1000"


def test_auto_grows_when_fast_and_shrinks_when_slow_within_bounds() -> None:
    sizer = BatchSizer.parse("auto")
    assert sizer.size == START
    sizer.observe(0.075)  # 4x too fast: at most doubles
    assert sizer.size == 2 * START
    sizer.observe(0.24)  # a bit fast: grows by 0.3 / 0.24
    assert sizer.size == 1250
    sizer.observe(10.0)  # far too slow: at most halves
    assert sizer.size == 625
    for _ in range(30):
        sizer.observe(0.0)
    assert sizer.size == HIGHEST
    for _ in range(30):
        sizer.observe(100.0)
    assert sizer.size == LOWEST
    assert sizer.describe() == f"auto: {LOWEST} to {HIGHEST} (last {LOWEST})"


@pytest.mark.parametrize("text", ["0", "-5", "many", "1.5", ""])
def test_bad_sizes(text: str) -> None:
    with pytest.raises(UsageError, match="--batch expects a positive number or auto"):
        BatchSizer.parse(text)
