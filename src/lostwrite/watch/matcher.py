"""Row selection for ``watch``: a byte prefilter and a compiled form of the predicate.

Most log rows cannot match, so ``watch`` avoids decoding them. The prefilter is a set of
byte regexes built from :meth:`Predicate.prefilter_tokens`: a matching row must contain each
``when`` key followed by a colon, and, when the expected value is ``true``, ``false``,
``null`` or a plain string, by that literal. Only keys that no JSON encoder escapes are used (``"clé"`` may be
written ``"cl\\u00e9"``), so the prefilter never rejects a row the predicate accepts.

:func:`compile_matcher` turns a :class:`Predicate` into a closure with the same meaning as
``Predicate.matches`` but cheaper per row (top-level keys use ``dict.get``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from lostwrite.predicate import Predicate, is_absent, lookup

_PLAIN = re.compile(rb'"[A-Za-z0-9_.$@: -]+"')
"""A JSON string no encoder escapes (so it has a single spelling)."""
_LITERALS: dict[Any, bytes] = {True: b"true", False: b"false", None: b"null"}
_SPACE = rb"[ \t\r]*"

Matcher = Callable[[Any], bool]
"""True/False for a JSON object; raises :class:`NotAnObject` for any other JSON value."""


class NotAnObject(Exception):
    """Raised by a compiled matcher for a row that is a JSON array, string, number, ..."""


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
            if not _PLAIN.fullmatch(token):
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
    """The JSON spelling of ``value`` if every writer spells it the same way.

    True for ``true``/``false``/``null`` and for strings of characters no encoder escapes;
    not for numbers (``1``, ``1.0`` and ``1e0`` are equal).
    """
    if value is True or value is False or value is None:
        return _LITERALS[value]
    if isinstance(value, str):
        spelled = orjson.dumps(value)
        if _PLAIN.fullmatch(spelled):
            return spelled
    return None


def compile_matcher(predicate: Predicate) -> Matcher:
    """A function equivalent to ``predicate.matches`` for decoded JSON objects.

    For a value that is not an object it raises :class:`NotAnObject`, so a caller that tests
    many rows in one go (``map``) learns about such a row without checking each result.

    The function is generated as straight-line Python (one ``if`` per condition, field names
    as literals, values as bound constants), which is several times faster per row than
    walking the condition lists.
    """
    env: dict[str, Any] = {
        "ABSENT": object(),
        "lookup": lookup,
        "is_absent": is_absent,
        "NotAnObject": NotAnObject,
    }
    body: list[str] = ["if record.__class__ is not dict: raise NotAnObject"]
    for index, (path, expected) in enumerate(predicate.when):
        if expected is True or expected is False or expected is None:
            # Only the JSON literal itself qualifies: ``is`` excludes 1 == True and absence.
            getter = (
                f"record.get({path!r}, ABSENT)" if "." not in path else f"lookup(record, {path!r})"
            )
            body.append(f"if {getter} is not {expected!r}: return False")
            continue
        env[f"C{index}"] = expected
        if "." not in path:
            body.append(f"v = record.get({path!r}, ABSENT)")
            absent = "v is ABSENT"
        else:
            body.append(f"v = lookup(record, {path!r})")
            absent = "is_absent(v)"
        body.append(f"if {absent} or v != C{index} or v.__class__ is bool: return False")
    for path in predicate.missing:
        if "." not in path:
            body.append(f"if {path!r} in record: return False")
        else:
            body.append(f"if not is_absent(lookup(record, {path!r})): return False")
    for path in predicate.null:
        getter = f"record.get({path!r}, ABSENT)" if "." not in path else f"lookup(record, {path!r})"
        body.append(f"if {getter} is not None: return False")
    for path in predicate.missing_or_null:
        if "." not in path:
            body.append(f"if record.get({path!r}) is not None: return False")
        else:
            body.append(f"v = lookup(record, {path!r})")
            body.append("if v is not None and not is_absent(v): return False")
    body.append("return True")
    source = "def matches(record):\n" + "".join(f"    {line}\n" for line in body)
    exec(compile(source, "<watch predicate>", "exec"), env)
    matches: Matcher = env["matches"]
    return matches
