"""JSONL source: an append-only log file, one JSON record per line, never rewritten in place.

A run first scans the log up to its last complete line (the *snapshot*; lines appended later
wait for the next run) and lists the damaged records: for each key, only its latest line counts,
so a record fixed by a later line is left alone, also when that line is appended while the run
is going (checked just before each batch is written). Corrections are appended, whole, to
``<log>.recovered.jsonl``; a key already there is never corrected twice (that is the
compare-and-set of this source), and a torn last line left by a crash is dropped on resume.

``--rewrite`` then builds ``<log>.rewrite.tmp``: a byte copy of the log in which the latest line
of every corrected key (if still damaged) is replaced by its correction, and swaps it in with an
atomic rename only if the log's prefix is still the snapshot and the file did not change while
the copy was made. The side file is removed after a successful swap. Do not use ``--rewrite``
while a process still holds the log open for appending: its later writes would go to the old,
unlinked file.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from lostwrite.errors import UsageError
from lostwrite.predicate import is_absent, lookup
from lostwrite.recover import jsontext
from lostwrite.recover.batching import BatchSizer
from lostwrite.recover.fsutil import drop_torn_tail, fsync_dir
from lostwrite.recover.plan import Outcome
from lostwrite.recover.sources.base import (
    Batch,
    Candidate,
    Planner,
    Selection,
    Source,
    SourceFailure,
)


class RewriteRefused(Exception):
    """``--rewrite`` did not swap the file (it changed meanwhile); corrections are kept."""


def _key_token(value: Any) -> bytes | None:
    """A hashable identity for a key value, or None if the value cannot be a key."""
    if is_absent(value) or value is None or isinstance(value, dict | list):
        return None
    return jsontext.dumps(value)


class JsonlSource(Source):
    """An append-only JSONL log with corrections in ``<log>.recovered.jsonl``."""

    def __init__(self, path: str, selection: Selection, *, writable: bool, rewrite: bool) -> None:
        self.label = path
        self.selection = selection
        self.path = Path(path)
        if not self.path.is_file():
            raise UsageError(f"no such file: {path} (a JSONL log, sqlite:///… or postgresql://…)")
        try:
            with self.path.open("rb"):
                pass
        except OSError as exc:
            raise UsageError(f"{path}: {exc.strerror}") from None
        self.side = self.path.with_name(self.path.name + ".recovered.jsonl")
        self.writable = writable
        self.rewrite = rewrite
        self.unreadable = 0
        self._snapshot: dict[str, Any] | None = None
        self._damaged: list[tuple[int, bytes]] = []
        self._corrected: set[bytes] = set()
        self._appended: set[bytes] = set()
        self._tail = 0
        self._side_handle: Any = None

    def identity(self) -> dict[str, Any]:
        return {"kind": "jsonl", "path": str(self.path.resolve())}

    def _is_damaged(self, record: Any) -> bool:
        selection = self.selection
        if not selection.predicate.matches(record):
            return False
        if not selection.window.bounded:
            return True
        return selection.window.contains(lookup(record, selection.time_field))

    def _scan(self, end: int | None) -> dict[str, Any]:
        """List the damaged latest lines up to ``end`` (default: the last complete line)."""
        digest = hashlib.sha256()
        candidates: dict[bytes, int] = {}
        offset = 0
        self.unreadable = 0
        with self.path.open("rb") as handle:
            limit = end if end is not None else os.fstat(handle.fileno()).st_size
            for line in handle:
                if offset + len(line) > limit or not line.endswith(b"\n"):
                    break
                digest.update(line)
                try:
                    record = jsontext.loads(line)
                except ValueError:
                    self.unreadable += bool(line.strip())
                    offset += len(line)
                    continue
                token = _key_token(lookup(record, self.selection.key))
                if token is not None:
                    if self._is_damaged(record):
                        candidates[token] = offset
                    else:
                        candidates.pop(token, None)
                offset += len(line)
        if end is not None and offset != end:
            raise UsageError(
                f"{self.path} is shorter than when the checkpoint was written; "
                "remove the checkpoint to start over"
            )
        self._damaged = sorted((off, token) for token, off in candidates.items())
        return {"end": offset, "sha256": digest.hexdigest()}

    def batches(self, position: dict[str, Any] | None, sizer: BatchSizer) -> Iterator[Batch]:
        if position is None:
            self._snapshot = self._scan(None)
            start = 0
        else:
            self._snapshot = self._scan(position["snapshot"]["end"])
            if self._snapshot != position["snapshot"]:
                raise UsageError(
                    f"{self.path} changed before offset {position['snapshot']['end']} since the "
                    "checkpoint was written (is it really append-only?); remove the checkpoint "
                    "to start over"
                )
            start = int(position["index"])
        self._tail = self._snapshot["end"]
        if self.writable:
            self._open_side()
        with self.path.open("rb") as handle:
            first = start
            while first < len(self._damaged):
                chunk = self._damaged[first : first + sizer.size]
                candidates = []
                for offset, _token in chunk:
                    handle.seek(offset)
                    try:
                        record = jsontext.loads(handle.readline())
                    except ValueError:
                        raise SourceFailure(f"{self.path} was edited during the run") from None
                    key = lookup(record, self.selection.key)
                    candidates.append(
                        Candidate(key, record, lookup(record, self.selection.time_field))
                    )
                first += len(chunk)
                yield Batch(candidates, {"index": first, "snapshot": self._snapshot}, len(chunk))

    def _open_side(self) -> None:
        if self.side.exists():
            drop_torn_tail(self.side)
            with self.side.open("rb") as handle:
                for line in handle:
                    try:
                        record = jsontext.loads(line)
                    except ValueError:
                        continue
                    token = _key_token(lookup(record, self.selection.key))
                    if token is not None:
                        self._corrected.add(token)
        existed = self.side.exists()
        self._side_handle = self.side.open("ab")
        if not existed:
            fsync_dir(self.side.parent)

    def _read_appended(self) -> None:
        """Note the keys of lines appended after the snapshot: those records were rewritten."""
        with self.path.open("rb") as handle:
            handle.seek(self._tail)
            for line in handle:
                if not line.endswith(b"\n"):
                    break
                self._tail += len(line)
                try:
                    token = _key_token(lookup(jsontext.loads(line), self.selection.key))
                except ValueError:
                    continue
                if token is not None:
                    self._appended.add(token)

    def commit(
        self,
        items: list[tuple[Candidate, dict[str, Any]]],
        planner: Planner,
        before_commit: Callable[[list[Outcome]], None],
    ) -> list[Outcome]:
        outcomes: list[Outcome] = []
        lines: list[bytes] = []
        tokens: list[bytes] = []
        offsets = {token: offset for offset, token in self._damaged}
        with self.path.open("rb") as handle:
            for candidate, fields in items:
                key = candidate.key
                token = jsontext.dumps(key)
                if token in self._corrected:
                    outcomes.append(
                        Outcome(key, "skipped", f"already corrected in {self.side.name}")
                    )
                    continue
                handle.seek(offsets[token])
                try:
                    current = jsontext.loads_exact(handle.readline())
                except ValueError:
                    current = None  # the line was edited away: nothing to plan on
                outcome = planner(key, current, fields)
                outcomes.append(outcome)
                if outcome.kind == "set":
                    lines.append(jsontext.dumps(outcome.document) + b"\n")
                    tokens.append(token)
        before_commit(outcomes)
        if lines:
            try:
                self._side_handle.write(b"".join(lines))
                self._side_handle.flush()
                os.fsync(self._side_handle.fileno())
            except OSError as exc:
                raise SourceFailure(f"writing {self.side}: {exc.strerror}") from None
            self._corrected.update(tokens)
        return outcomes

    def finish(self) -> list[str]:
        if not (self.rewrite and self.writable):
            return []
        if self._side_handle is not None:
            self._side_handle.close()
            self._side_handle = None
        return self._rewrite()

    def _load_corrections(self) -> dict[bytes, bytes]:
        corrections: dict[bytes, bytes] = {}
        if self.side.exists():
            with self.side.open("rb") as handle:
                for line in handle:
                    token = _key_token(lookup(jsontext.loads(line), self.selection.key))
                    if token is not None:
                        corrections[token] = line
        return corrections

    def _rewrite(self) -> list[str]:
        corrections = self._load_corrections()
        if not corrections:
            self.side.unlink(missing_ok=True)
            return [f"rewrite: nothing to change in {self.path}"]
        assert self._snapshot is not None
        temp = self.path.with_name(self.path.name + ".rewrite.tmp")
        with self.path.open("rb") as source:
            before = os.fstat(source.fileno())
            latest: dict[bytes, int] = {}
            offset = 0
            for line in source:
                if offset + len(line) > before.st_size:
                    break
                try:
                    token = _key_token(lookup(jsontext.loads(line), self.selection.key))
                except ValueError:
                    token = None
                if token in corrections:
                    latest[token] = offset  # type: ignore[index]
                offset += len(line)
            end = self._snapshot["end"]
            replace = {off: token for token, off in latest.items() if off < end}
            source.seek(0)
            digest = hashlib.sha256()
            replaced = 0
            offset = 0
            with temp.open("wb") as out:
                for line in source:
                    if offset + len(line) > before.st_size:
                        line = line[: before.st_size - offset]
                    if offset < end:
                        digest.update(line)
                    token = replace.get(offset)
                    if token is not None and self.selection.predicate.matches(jsontext.loads(line)):
                        out.write(corrections[token])
                        replaced += 1
                    else:
                        out.write(line)
                    offset += len(line)
                    if offset >= before.st_size:
                        break
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temp, before.st_mode & 0o7777)
            if hasattr(os, "chown") and os.geteuid() == 0:
                os.chown(temp, before.st_uid, before.st_gid)
        after = os.stat(self.path)
        same_file = (after.st_ino, after.st_size, after.st_mtime_ns) == (
            before.st_ino,
            before.st_size,
            before.st_mtime_ns,
        )
        if not same_file or digest.hexdigest() != self._snapshot["sha256"]:
            temp.unlink(missing_ok=True)
            raise RewriteRefused(
                f"{self.path} changed while it was being rewritten; not swapped. "
                f"The corrections stay in {self.side}; rerun with --rewrite when it is quiet"
            )
        os.replace(temp, self.path)
        fsync_dir(self.path.parent)
        self.side.unlink()
        fsync_dir(self.path.parent)
        stale = len(corrections) - replaced
        note = f" ({stale} correction(s) superseded by newer lines)" if stale else ""
        return [
            f"rewrite: replaced {replaced} line(s) in {self.path}{note}; removed {self.side.name}"
        ]

    def validate_field(self, name: str) -> None:
        """Any field name fits in a JSON object."""

    def close(self) -> None:
        if self._side_handle is not None:
            self._side_handle.close()
            self._side_handle = None
