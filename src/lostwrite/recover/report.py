"""The JSONL report of a recovery run: one line per event, enough to undo every change.

Lines are appended and fsynced *before* the batch they describe commits, so the report never
misses a change. After a crash the last batch may appear twice, or appear without having
committed; undoing a ``set`` line is therefore conditional: only revert a field that still holds
the value the line says was written. Line kinds (``event``):

* ``start`` / ``end``: run id, source, predicate, window, version; final counts;
* ``set``: ``key``, ``fields`` (dotted path -> value written), ``ops`` (path list + value, in
  order), ``undo`` (steps to apply in order: ``{"path": [...], "delete": true}`` or
  ``{"path": [...], "restore": <old value>}``), ``kept`` (returned fields left untouched);
* ``skipped`` / ``unchanged`` / ``failed``: ``key`` and ``reason``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lostwrite.recover import jsontext
from lostwrite.recover.fsutil import drop_torn_tail, fsync_dir
from lostwrite.recover.plan import Outcome


def outcome_line(outcome: Outcome, *, run: str, batch: int, at: str, key: Any) -> dict[str, Any]:
    """The report line for one record's outcome (``key`` already made JSON-friendly)."""
    line: dict[str, Any] = {"event": outcome.kind, "run": run, "batch": batch, "at": at, "key": key}
    if outcome.kind == "set":
        line["fields"] = outcome.fields
        line["ops"] = [{"path": list(op.path), "value": op.value} for op in outcome.ops]
        line["undo"] = outcome.undo
    else:
        line["reason"] = outcome.reason
    if outcome.kept:
        line["kept"] = outcome.kept
    return line


class Report:
    """An append-only JSONL file, durable after each :meth:`write`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        existed = path.exists()
        if existed:
            drop_torn_tail(path)
        self._handle = path.open("ab")
        if not existed:
            fsync_dir(path.parent)

    def write(self, lines: Iterable[dict[str, Any]]) -> None:
        """Append ``lines`` and fsync."""
        self._handle.write(b"".join(jsontext.dumps(line) + b"\n" for line in lines))
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        """Close the file."""
        self._handle.close()
