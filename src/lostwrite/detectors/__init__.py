"""Detectors: one module per pattern and language.

A detector module defines ``CODE`` (the pattern code), ``TRIGGERS`` (byte strings of which at
least one must occur in a file for the detector to run at all: the cheap prefilter) and
``check(ctx)``, which reports findings and examined sites on the language's context object.
A module may also define ``prefilter(data: bytes) -> bool`` for a sharper test; it is asked
only once a trigger matched (e.g. "``except`` occurs *and* some write-like token occurs").
"""

from __future__ import annotations

from collections.abc import Callable
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

    def wanted(self, data: bytes, extra_tokens: tuple[bytes, ...] = ()) -> bool:
        """The prefilter: does the file contain a trigger token (and pass ``prefilter``)?

        ``extra_tokens`` are the user's configured write calls: a file that mentions one is
        always analysed, whatever the built-in triggers say.
        """
        if extra_tokens and any(token in data for token in extra_tokens):
            return True
        if self.triggers and not any(token in data for token in self.triggers):
            return False
        return self.prefilter is None or self.prefilter(data)
