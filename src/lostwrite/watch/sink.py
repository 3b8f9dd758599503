"""Where signals go: one JSON line each appended to the signals file, one line on stderr.

On start the sink repairs a signal line torn by a crash and reads the signals written after
the last saved state (past ``signals.size``): their ``(fingerprint, offset)`` keys, with the
``pending`` keys carried in the state, are the rows already signalled whose progress was not
saved yet, so they are not signalled again.
``sync`` fsyncs the file; the watcher calls it before saving state, so a saved offset never
outruns a signal that could still be lost.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

import orjson

KEY_FIELDS = ("id", "_id", "uuid", "key", "request_id", "ts", "timestamp", "time")
"""Top-level fields copied into a signal (when present) to identify the row."""

Key = tuple[str, int]


class SignalSink:
    """The signals file plus stderr, with the keys of signals already written."""

    def __init__(self, path: str, stderr: TextIO = sys.stderr) -> None:
        self.path = os.path.abspath(path)
        self._stderr = stderr
        self._fd = -1
        self._dirty = False
        self.already_signalled: set[Key] = set()

    def open(self, saved_path: str | None, saved_size: int, pending: list[Key]) -> None:
        """Open for appending, repair a torn last line and load the unsaved signal keys."""
        self.already_signalled = set(pending)
        self._fd = os.open(self.path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o644)
        size = os.fstat(self._fd).st_size
        start = saved_size if saved_path == self.path and saved_size <= size else size
        self._repair_tail(size, start)
        self._load_keys(start)

    def _repair_tail(self, size: int, window_start: int) -> None:
        if size == 0 or os.pread(self._fd, 1, size - 1) == b"\n":
            return
        tail_start = max(0, size - (1 << 16))
        tail = os.pread(self._fd, size - tail_start, tail_start)
        newline = tail.rfind(b"\n")
        cut = tail_start + newline + 1 if newline >= 0 else (0 if tail_start == 0 else -1)
        if cut >= window_start:
            os.ftruncate(self._fd, cut)  # a signal torn by a crash: its row is signalled again
        else:
            os.write(self._fd, b"\n")

    def _load_keys(self, start: int) -> None:
        pending = b""
        position = start
        while True:
            data = os.pread(self._fd, 1 << 20, position)
            if not data:
                break
            position += len(data)
            lines = (pending + data).split(b"\n")
            pending = lines.pop()
            for line in lines:
                self._remember(line)

    def _remember(self, line: bytes) -> None:
        try:
            signal = orjson.loads(line)
        except orjson.JSONDecodeError:
            return
        if isinstance(signal, dict):
            fp, offset = signal.get("fingerprint"), signal.get("offset")
            if isinstance(fp, str) and type(offset) is int:
                self.already_signalled.add((fp, offset))

    def write(self, lines: list[bytes], messages: list[str]) -> None:
        """Append signal lines (one write) and print their messages on stderr."""
        data = b"".join(lines)
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        self._dirty = True
        self._stderr.write("".join(messages))
        self._stderr.flush()

    def sync(self) -> None:
        """Make every written signal durable."""
        if self._dirty:
            os.fsync(self._fd)
            self._dirty = False

    def size(self) -> int:
        """The current size of the signals file."""
        return os.fstat(self._fd).st_size

    def close(self) -> None:
        """Close the signals file."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def make_signal(
    *,
    pattern: str,
    predicate: str,
    log: str,
    offset: int,
    line_no: int,
    fingerprint: str,
    fields: dict[str, Any],
) -> bytes:
    """One signal as a JSON line."""
    ts = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    signal = {
        "ts": ts,
        "pattern": pattern,
        "predicate": predicate,
        "log": log,
        "offset": offset,
        "line_no": line_no,
        "fingerprint": fingerprint,
        "fields": fields,
    }
    return orjson.dumps(signal) + b"\n"


def key_fields(record: dict[str, Any], predicate_fields: list[str]) -> dict[str, Any]:
    """The identifying fields of ``record`` and the predicate fields it has (top level)."""
    fields = {name: record[name] for name in KEY_FIELDS if name in record}
    for path in predicate_fields:
        head = path.split(".", 1)[0]
        if head in record:
            fields[head] = record[head]
    return fields
