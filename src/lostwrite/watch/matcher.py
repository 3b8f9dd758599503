"""Row selection for ``watch``: a byte prefilter and a compiled form of the predicate.

Most log rows cannot match, so ``watch`` avoids decoding them. The prefilter is a set of
byte regexes built from :meth:`Predicate.prefilter_tokens`: a matching row must contain each
``when`` key followed by a colon, and, when the expected value is ``true``, ``false`` or
``null``, by that literal. Only keys that no JSON encoder escapes are used (``"clé"`` may be
written ``"cl\\u00e9"``), so the prefilter never rejects a row the predicate accepts.

:func:`compile_matcher` turns a :class:`Predicate` into a closure with the same meaning as
``Predicate.matches`` but cheaper per row (top-level keys use ``dict.get``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lostwrite.predicate import Predicate, is_absent, lookup

_SAFE_KEY = re.compile(rb'"[A-Za-z0-9_.$@: -]+"')
_LITERALS: dict[Any, bytes] = {True: b"true", False: b"false", None: b"null"}
_SPACE = rb"[ \t\r]*"

Matcher = Callable[[dict[str, Any]], bool]


@dataclass(frozen=True)
class Prefilter:
    """Byte regexes every serialized matching row contains; empty when nothing is known."""

    patterns: tuple[re.Pattern[bytes], ...]

    @classmethod
    def for_predicate(cls, predicate: Predicate) -> Prefilter:
        """The strongest sound prefilter for ``predicate`` (most selective regex first)."""
        with_value: list[re.Pattern[bytes]] = []
        key_only: list[re.Pattern[bytes]] = []
        for (_, expected), token in zip(predicate.when, predicate.prefilter_tokens(), strict=True):
            if not _SAFE_KEY.fullmatch(token):
                continue
            key = re.escape(token) + _SPACE + b":" + _SPACE
            literal = _literal(expected)
            if literal is not None:
                with_value.append(re.compile(key + re.escape(literal)))
            else:
                key_only.append(re.compile(key))
        return cls(tuple(with_value + key_only))

    def accepts(self, line: bytes) -> bool:
        """True if ``line`` passes every regex (so it may match and must be decoded)."""
        return all(pattern.search(line) is not None for pattern in self.patterns)


def _literal(value: Any) -> bytes | None:
    """The only JSON spelling of ``value`` if it has exactly one (true/false/null)."""
    if value is True or value is False or value is None:
        return _LITERALS[value]
    return None


def compile_matcher(predicate: Predicate) -> Matcher:
    """A function equivalent to ``predicate.matches`` for decoded JSON objects."""
    when_top = [(p, v, type(v) is bool) for p, v in predicate.when if "." not in p]
    when_deep = [(p, v, type(v) is bool) for p, v in predicate.when if "." in p]
    missing_top = [p for p in predicate.missing if "." not in p]
    missing_deep = [p for p in predicate.missing if "." in p]
    null_paths = list(predicate.null)
    either_paths = list(predicate.missing_or_null)
    absent = object()

    def matches(record: dict[str, Any]) -> bool:
        get = record.get
        for key, expected, expected_bool in when_top:
            value = get(key, absent)
            if value is absent or value != expected or (type(value) is bool) != expected_bool:
                return False
        for path, expected, expected_bool in when_deep:
            value = lookup(record, path)
            if is_absent(value) or value != expected or (type(value) is bool) != expected_bool:
                return False
        for key in missing_top:
            if key in record:
                return False
        for path in missing_deep:
            if not is_absent(lookup(record, path)):
                return False
        for path in null_paths:
            if lookup(record, path) is not None:
                return False
        for path in either_paths:
            value = lookup(record, path)
            if value is not None and not is_absent(value):
                return False
        return True

    return matches
