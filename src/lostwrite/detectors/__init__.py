"""Detectors: one module per pattern and language.

A detector module defines ``CODE`` (the pattern code), ``TRIGGERS`` (byte strings of which at
least one must occur in a file for the detector to run at all: the cheap prefilter) and
``check(ctx)``, which reports findings and examined sites on the language's context object.
A module may also define ``prefilter(data: bytes) -> bool`` for a sharper test; it is asked
only once a trigger matched (e.g. "``except`` occurs *and* some write-like token occurs").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import Any


@dataclass(frozen=True, slots=True)
class Detector:
    """A loaded detector module."""

    code: str
    triggers: tuple[bytes, ...]
    check: Callable[[Any], None]
    prefilter: Callable[[bytes], bool] | None = None

    @classmethod
    def from_module(cls, module: ModuleType) -> Detector:
        return cls(
            module.CODE, tuple(module.TRIGGERS), module.check, getattr(module, "prefilter", None)
        )

    def wanted(self, data: bytes, has: Callable[[bytes], bool] | None = None) -> bool:
        """The prefilter: does the file contain a trigger token (and pass ``prefilter``)?

        ``has`` answers "does ``data`` contain this token?" (memoised across detectors by
        :func:`wanted_detectors`).
        """
        contains = has or data.__contains__
        if self.triggers and not any(contains(token) for token in self.triggers):
            return False
        return self.prefilter is None or self.prefilter(data)


def wanted_detectors(
    detectors: Iterable[Detector], data: bytes, extra_tokens: tuple[bytes, ...] = ()
) -> list[Detector]:
    """The detectors whose prefilter ``data`` passes, testing each distinct token only once.

    ``extra_tokens`` are the user's configured write calls: a file that mentions one goes to
    every detector, whatever the built-in triggers say.
    """
    detectors = list(detectors)
    if extra_tokens and any(token in data for token in extra_tokens):
        return detectors
    seen: dict[bytes, bool] = {}

    def has(token: bytes) -> bool:
        found = seen.get(token)
        if found is None:
            found = seen[token] = token in data
        return found

    return [d for d in detectors if d.wanted(data, has)]
