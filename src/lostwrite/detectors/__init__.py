"""Detectors: one module per pattern and language.

A detector module defines ``CODE`` (the pattern code), ``TRIGGERS`` (byte strings of which at
least one must occur in a file for the detector to run at all: the cheap prefilter) and
``check(ctx)``, which reports findings and examined sites on the language's context object.
A module may also define ``prefilter(data: bytes) -> bool`` for a sharper test; it is asked
only once a trigger matched (e.g. "``except`` occurs *and* some write-like token occurs").

The triggers of all selected detectors are looked up in one pass over the file (an
Aho-Corasick automaton), not one substring search per token.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any

import ahocorasick_rs


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


class TokenIndex:
    """Which of a fixed set of byte tokens occur in a file, found in a single pass."""

    def __init__(self, tokens: tuple[bytes, ...]) -> None:
        self.tokens = tokens
        self._automaton = ahocorasick_rs.BytesAhoCorasick(tokens) if tokens else None

    def found(self, data: bytes) -> frozenset[bytes]:
        if self._automaton is None:
            return frozenset()
        tokens = self.tokens
        matches = self._automaton.find_matches_as_indexes(data, overlapping=True)
        return frozenset(tokens[index] for index, _, _ in matches)


@lru_cache(maxsize=16)
def _token_index(detectors: tuple[Detector, ...], extra_tokens: tuple[bytes, ...]) -> TokenIndex:
    """The index of every trigger of ``detectors`` and the configured write calls: built once
    per process and detector selection, not once per file."""
    triggers = {token for d in detectors for token in d.triggers}
    return TokenIndex(tuple(sorted(triggers | set(extra_tokens))))


def wanted_detectors(
    detectors: Iterable[Detector], data: bytes, extra_tokens: tuple[bytes, ...] = ()
) -> list[Detector]:
    """The detectors whose prefilter ``data`` passes, finding every trigger in one pass.

    ``extra_tokens`` are the user's configured write calls: a file that mentions one goes to
    every detector, whatever the built-in triggers say.
    """
    detectors = tuple(detectors)
    found = _token_index(detectors, extra_tokens).found(data)
    if extra_tokens and not found.isdisjoint(extra_tokens):
        return list(detectors)
    return [d for d in detectors if d.wanted(data, found.__contains__)]
