"""Runtime predicates: which JSON records show a lost write.

A predicate is the conjunction of four kinds of conditions on dotted field paths:

* ``when``: the field is present and equal to a JSON value;
* ``missing``: the key is absent (a JSON ``null`` is *not* missing);
* ``null``: the key is present and its value is ``null``;
* ``missing_or_null``: either of the two above.

``watch`` evaluates it on every log row; ``recover`` evaluates it (or compiles it to
SQL) to select damaged records. Patterns carry one in their catalog file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson

from lostwrite.errors import UsageError

_ABSENT = object()


def lookup(record: Any, path: str) -> Any:
    """Return the value at a dotted ``path`` in ``record``, or ``_ABSENT`` if a key is missing."""
    node = record
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return _ABSENT
        node = node[part]
    return node


def is_absent(value: Any) -> bool:
    """True if ``value`` is the marker returned by :func:`lookup` for a missing key."""
    return value is _ABSENT


@dataclass(frozen=True)
class Predicate:
    """A runtime predicate over JSON objects; every condition must hold."""

    when: tuple[tuple[str, Any], ...] = ()
    missing: tuple[str, ...] = ()
    null: tuple[str, ...] = ()
    missing_or_null: tuple[str, ...] = ()
    label: str = field(default="ad-hoc", compare=False)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, label: str = "ad-hoc") -> Predicate:
        """Build from a catalog ``[signature.runtime]`` table."""
        when = data.get("when", {})
        return cls(
            when=tuple(sorted(_flatten(when).items())),
            missing=tuple(data.get("missing", ())),
            null=tuple(data.get("null", ())),
            missing_or_null=tuple(data.get("missing_or_null", ())),
            label=label,
        )

    @classmethod
    def from_cli(
        cls,
        when: Iterable[str] = (),
        missing: Iterable[str] = (),
        null: Iterable[str] = (),
        missing_or_null: Iterable[str] = (),
    ) -> Predicate:
        """Build from ``--when F=JSON`` / ``--missing F`` / ``--null F`` / ``--missing-or-null F``."""
        pairs: list[tuple[str, Any]] = []
        for item in when:
            name, sep, raw = item.partition("=")
            if not sep or not name:
                raise UsageError(f"--when expects FIELD=JSON, got {item!r}")
            try:
                value = orjson.loads(raw)
            except orjson.JSONDecodeError:
                raise UsageError(
                    f"--when {item!r}: the value must be JSON (quote strings: {name}='\"text\"')"
                ) from None
            pairs.append((name, value))
        predicate = cls(
            when=tuple(pairs),
            missing=tuple(missing),
            null=tuple(null),
            missing_or_null=tuple(missing_or_null),
        )
        if predicate.is_empty():
            raise UsageError("give --pattern or at least one of --when/--missing/--null")
        return predicate

    def is_empty(self) -> bool:
        """True if the predicate has no condition (it would match everything)."""
        return not (self.when or self.missing or self.null or self.missing_or_null)

    def matches(self, record: Any) -> bool:
        """True if ``record`` (a decoded JSON value) satisfies every condition."""
        if not isinstance(record, dict):
            return False
        for path, expected in self.when:
            value = lookup(record, path)
            if value is _ABSENT or value != expected:
                return False
            if isinstance(value, bool) is not isinstance(expected, bool):
                return False  # JSON true is not 1
        for path in self.missing:
            if lookup(record, path) is not _ABSENT:
                return False
        for path in self.null:
            if lookup(record, path) is not None:
                return False
        for path in self.missing_or_null:
            value = lookup(record, path)
            if value is not _ABSENT and value is not None:
                return False
        return True

    def fields(self) -> list[str]:
        """Every field path the predicate looks at, in a stable order."""
        seen: dict[str, None] = {}
        for path, _ in self.when:
            seen[path] = None
        for group in (self.missing, self.null, self.missing_or_null):
            for path in group:
                seen[path] = None
        return list(seen)

    def prefilter_tokens(self) -> list[bytes]:
        """Byte strings every matching serialized row must contain (for a cheap prefilter).

        Only the ``when`` keys are used: a missing key leaves nothing to search for.
        """
        return [orjson.dumps(path.rsplit(".", 1)[-1]) for path, _ in self.when]

    def describe(self) -> str:
        """A short human description, e.g. ``would_have_asked=true AND classifier_verdict missing``."""
        parts = [f"{p}={orjson.dumps(v).decode()}" for p, v in self.when]
        parts += [f"{p} missing" for p in self.missing]
        parts += [f"{p} null" for p in self.null]
        parts += [f"{p} missing or null" for p in self.missing_or_null]
        return " AND ".join(parts)


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Turn nested TOML tables into dotted paths: ``{a = {b = 1}}`` -> ``{"a.b": 1}``."""
    flat: dict[str, Any] = {}
    for key, value in table.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            flat.update(_flatten(value, f"{path}."))
        else:
            flat[path] = value
    return flat
