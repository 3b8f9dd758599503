"""Batch sizing: a fixed ``--batch N``, or ``auto`` (the default): batches of about 0.3 seconds.

A batch is read, enriched, written in one transaction and checkpointed. Small batches waste time
on round trips and fsyncs; big ones hold row locks longer and redo more work after a crash.
``auto`` starts at 500 records and, after each batch, scales the size towards the target
duration (at most doubling or halving at a time, between 50 and 20 000 records), so a slow
enrichment (an API call per record) gets small batches and a fast one gets large batches.
"""

from __future__ import annotations

from lostwrite.errors import UsageError

TARGET_SECONDS = 0.3
START, LOWEST, HIGHEST = 500, 50, 20_000


class BatchSizer:
    """The number of records the next batch should hold."""

    def __init__(self, fixed: int | None = None) -> None:
        self.auto = fixed is None
        self.size = START if fixed is None else fixed
        self.sizes: list[int] = []

    @classmethod
    def parse(cls, text: str) -> BatchSizer:
        """``auto`` or a positive integer; anything else is a usage error."""
        if text == "auto":
            return cls()
        try:
            size = int(text)
        except ValueError:
            size = 0
        if size < 1:
            raise UsageError(f"--batch expects a positive number or auto, got {text!r}")
        return cls(size)

    def observe(self, seconds: float) -> None:
        """Record how long the last batch took and pick the next size."""
        self.sizes.append(self.size)
        if not self.auto:
            return
        factor = min(2.0, max(0.5, TARGET_SECONDS / max(seconds, 1e-3)))
        self.size = max(LOWEST, min(HIGHEST, round(self.size * factor)))

    def describe(self) -> str:
        """``1000``, or ``auto: 500 to 20000 (last 20000)``."""
        if not self.auto:
            return str(self.size)
        if not self.sizes:
            return f"auto (started at {START})"
        return f"auto: {min(self.sizes)} to {max(self.sizes)} (last {self.sizes[-1]})"
