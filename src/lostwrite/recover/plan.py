"""Compare-and-set planning: which of the enrichment's fields may be written into a record.

The plan is made against the record as it is *now* (re-read under a lock by the source), so a
concurrent writer that filled a field first wins. A field is written only if it is missing, or
if it is JSON ``null`` and the predicate itself names it under ``null``/``missing_or_null``. A
present value is never overwritten. Every write is an :class:`Op` at the deepest object that
already exists, and every change carries the steps that undo it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from lostwrite.predicate import Predicate, lookup
from lostwrite.recover import jsontext

Kind = Literal["set", "skipped", "unchanged", "failed"]


class Op(NamedTuple):
    """Set ``value`` at ``path`` (every parent of ``path`` already exists as an object).

    ``created`` tells whether ``path`` was absent before, else ``previous`` is its old value:
    sources that write without re-reading check that this is still so (compare-and-set).
    """

    path: tuple[str, ...]
    value: Any
    created: bool = True
    previous: Any = None


@dataclass(slots=True)
class Outcome:
    """What happened to one record: ``set``, ``skipped``, ``unchanged`` or ``failed``."""

    key: Any
    kind: Kind
    reason: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    ops: list[Op] = field(default_factory=list)
    undo: list[dict[str, Any]] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    document: Any = None  # the record with the ops applied (kind == "set")


def normalize_fields(result: Any) -> dict[str, Any]:
    """Validate what an enrichment returned: a mapping of field paths to JSON values.

    ``None`` means nothing to set. Raises ValueError with a one-line reason otherwise.
    """
    if result is None:
        return {}
    if not isinstance(result, Mapping):
        raise ValueError(f"enrichment returned {type(result).__name__}, expected a dict of fields")
    fields: dict[str, Any] = {}
    for name, value in result.items():
        if not isinstance(name, str) or not name or any(not part for part in name.split(".")):
            raise ValueError(f"enrichment returned an invalid field name {name!r}")
        try:
            jsontext.dumps(value)
        except jsontext.NotJSON as exc:
            raise ValueError(f"field {name!r}: value is not JSON ({exc})") from None
        fields[name] = value
    return fields


_MISSING = object()


def _nest(parts: tuple[str, ...], value: Any) -> Any:
    for part in reversed(parts):
        value = {part: value}
    return value


class _Planner:
    """Applies fields one by one to a copy-on-write view of the record."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.work: dict[str, Any] = dict(document)
        self.ops: list[Op] = []
        self.undo: list[dict[str, Any]] = []

    def place(self, parts: tuple[str, ...], value: Any, *, null_ok: bool) -> str | None:
        """Set ``parts`` to ``value`` if allowed; return None on success or why it was kept."""
        node = self.work
        for depth, part in enumerate(parts[:-1]):
            child = node.get(part, _MISSING)
            if child is _MISSING:
                nested = _nest(parts[depth + 1 :], value)
                node[part] = nested
                self._record(parts[: depth + 1], nested, created=True)
                return None
            if not isinstance(child, dict):
                return f"{'.'.join(parts[: depth + 1])} is not an object"
            child = dict(child)
            node[part] = child
            node = child
        last = parts[-1]
        if last not in node:
            node[last] = value
            self._record(parts, value, created=True)
            return None
        if node[last] is None and null_ok:
            node[last] = value
            self._record(parts, value, created=False, previous=None)
            return None
        return "present"

    def overwrite(self, name: str, value: Any) -> None:
        """Set a top-level field unconditionally (the recovery marker), remembering the old value."""
        if name in self.work:
            self._record((name,), value, created=False, previous=self.work[name])
        else:
            self._record((name,), value, created=True)
        self.work[name] = value

    def _record(
        self, path: tuple[str, ...], value: Any, *, created: bool, previous: Any = None
    ) -> None:
        self.ops.append(Op(path, value, created, previous))
        step: dict[str, Any] = {"path": list(path)}
        if created:
            step["delete"] = True
        else:
            step["restore"] = previous
        self.undo.insert(0, step)


@dataclass(frozen=True)
class Marker:
    """The ``_lostwrite_recovered`` marker written next to recovered fields."""

    field: str
    pattern: str | None
    version: str

    def value(self, at: str) -> dict[str, Any]:
        """The marker object for a write made at ``at`` (ISO-8601 UTC)."""
        return {"pattern": self.pattern, "at": at, "version": self.version}


def plan(
    key: Any,
    current: Any,
    fields: Mapping[str, Any],
    *,
    predicate: Predicate,
    marker: Marker | None,
    at: str,
) -> Outcome:
    """Decide what to write into ``current`` (the record as it is now) from ``fields``."""
    if current is None:
        return Outcome(key, "skipped", "the record no longer exists")
    if not predicate.matches(current):
        return Outcome(key, "skipped", "no longer matches the predicate (repaired meanwhile)")
    null_ok = predicate.null + predicate.missing_or_null
    planner = _Planner(current)
    written: dict[str, Any] = {}
    kept: list[str] = []
    for name, value in fields.items():
        why = planner.place(tuple(name.split(".")), value, null_ok=name in null_ok)
        if why is None:
            written[name] = value
        elif why != "present" or lookup(current, name) != value:
            kept.append(name)
    if not written:
        reason = (
            "every returned field is already present" if fields else "enrichment returned nothing"
        )
        return Outcome(key, "unchanged", reason, kept=kept)
    if marker is not None:
        planner.overwrite(marker.field, marker.value(at))
    return Outcome(
        key,
        "set",
        fields=written,
        ops=planner.ops,
        undo=planner.undo,
        kept=kept,
        document=planner.work,
    )
