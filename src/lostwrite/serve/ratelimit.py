"""Per-source rate limiting of counter events: one token bucket per (source, client address).

A bucket holds at most ``per_minute`` tokens and refills at ``per_minute / 60`` tokens a
second; each accepted POST takes one. The state lives in the server's memory (one registry
process) and is bounded: full buckets, then the oldest ones, are dropped past ``max_keys``.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class RateLimiter:
    """Token buckets keyed by an arbitrary hashable key."""

    def __init__(
        self,
        per_minute: int,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 100_000,
    ) -> None:
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self._clock = clock
        self._max_keys = max_keys
        self._buckets: dict[object, tuple[float, float]] = {}

    def acquire(self, key: object) -> float:
        """Take one token for ``key``: 0.0 if allowed, else the seconds until one is free."""
        now = self._clock()
        tokens, last = self._buckets.get(key, (self.capacity, now))
        tokens = min(self.capacity, tokens + (now - last) * self.rate)
        if tokens < 1.0:
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.rate
        self._buckets[key] = (tokens - 1.0, now)
        if len(self._buckets) > self._max_keys:
            self._prune(now)
        return 0.0

    def _prune(self, now: float) -> None:
        """Forget the buckets that have refilled completely (they behave like new ones); if
        that is not enough, forget the oldest keys, which errs on the side of allowing."""
        full = [
            key
            for key, (tokens, last) in self._buckets.items()
            if tokens + (now - last) * self.rate >= self.capacity
        ]
        for key in full:
            del self._buckets[key]
        excess = len(self._buckets) - self._max_keys
        for key in list(self._buckets)[: max(0, excess)]:
            del self._buckets[key]
