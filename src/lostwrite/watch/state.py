"""The watch state file: where each log was read to, saved atomically and locked.

Layout (JSON)::

    {"version": 1,
     "signals": {"path": "/abs/anomaly_signal.jsonl", "size": 1234},
     "logs": {"/abs/app.jsonl": {"current": CURSOR | null, "retired": [CURSOR, ...]}}}

    CURSOR = {"path", "dev", "ino", "fingerprint", "fingerprint_len", "offset", "line_no"}

``retired`` holds files rotated away that were still being finished. ``signals.size`` is the
size of the signals file when the state was saved: on restart, signals past it were written
after the save, so their rows are ahead of the saved offsets and must not be signalled twice.
``signals.pending`` carries such ``[fingerprint, offset]`` keys from an earlier restart that
the re-reading has not reached yet, so a second crash cannot forget them.

Saving writes a temporary file in the same directory, fsyncs it, renames it over the state
file and fsyncs the directory, so a crash leaves either the old or the new state. A lock file
next to the state keeps two watchers from sharing it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import orjson

from lostwrite.errors import UsageError
from lostwrite.watch.identity import Identity

VERSION = 1


@dataclass(frozen=True)
class SavedCursor:
    """How far one file was read, and which file it was."""

    path: str
    dev: int
    ino: int
    fingerprint: str
    fingerprint_len: int
    offset: int
    line_no: int

    @property
    def identity(self) -> Identity:
        return Identity(self.dev, self.ino, self.fingerprint, self.fingerprint_len)

    @classmethod
    def from_dict(cls, data: Any) -> SavedCursor:
        """Parse one saved cursor; raises ``ValueError`` if a field is missing or mistyped."""
        if not isinstance(data, dict):
            raise ValueError("a cursor must be an object")
        cursor = cls(
            path=data.get("path"),
            dev=data.get("dev"),
            ino=data.get("ino"),
            fingerprint=data.get("fingerprint"),
            fingerprint_len=data.get("fingerprint_len"),
            offset=data.get("offset"),
            line_no=data.get("line_no"),
        )
        for name, value in asdict(cursor).items():
            expected = str if name in ("path", "fingerprint") else int
            if type(value) is not expected or (expected is int and value < 0):
                raise ValueError(f"cursor field {name!r} is missing or invalid")
        return cursor


@dataclass
class LogState:
    """The saved cursors of one watched log path."""

    current: SavedCursor | None = None
    retired: tuple[SavedCursor, ...] = ()


@dataclass
class WatchState:
    """Everything in the state file."""

    logs: dict[str, LogState]
    signals_path: str | None = None
    signals_size: int = 0
    pending: list[tuple[str, int]] = field(default_factory=list)

    def to_json(self) -> bytes:
        logs = {
            key: {
                "current": asdict(entry.current) if entry.current else None,
                "retired": [asdict(c) for c in entry.retired],
            }
            for key, entry in self.logs.items()
        }
        data = {
            "version": VERSION,
            "signals": {
                "path": self.signals_path,
                "size": self.signals_size,
                "pending": [list(key) for key in sorted(self.pending)],
            },
            "logs": logs,
        }
        return orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"

    @classmethod
    def from_json(cls, raw: bytes) -> WatchState:
        """Parse a state file; raises ``ValueError`` with the reason if it is not one."""
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"not JSON ({exc})") from None
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise ValueError(f"not a version {VERSION} watch state")
        signals = data.get("signals") or {}
        logs_data = data.get("logs")
        if not isinstance(signals, dict) or not isinstance(logs_data, dict):
            raise ValueError("'signals' and 'logs' must be objects")
        logs: dict[str, LogState] = {}
        for key, entry in logs_data.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("retired", []), list):
                raise ValueError(f"log {key!r}: not a log entry")
            current = entry.get("current")
            logs[key] = LogState(
                current=SavedCursor.from_dict(current) if current is not None else None,
                retired=tuple(SavedCursor.from_dict(c) for c in entry.get("retired", [])),
            )
        size = signals.get("size", 0)
        path = signals.get("path")
        pending = signals.get("pending", [])
        if type(size) is not int or (path is not None and not isinstance(path, str)):
            raise ValueError("'signals' must hold a path and a size")
        if not isinstance(pending, list) or not all(_is_key(key) for key in pending):
            raise ValueError("'signals.pending' must be a list of [fingerprint, offset]")
        keys = [(key[0], key[1]) for key in pending]
        return cls(logs=logs, signals_path=path, signals_size=size, pending=keys)


def _is_key(value: Any) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], str)
        and type(value[1]) is int
    )


class StateStore:
    """Loads, locks and atomically saves one state file."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self._lock_fd: int | None = None

    def lock(self) -> None:
        """Take the lock next to the state file; another watcher holding it is a usage error."""
        lock_path = self.path.with_name(self.path.name + ".lock")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise UsageError(f"cannot use state file {self.path}: {exc.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise UsageError(
                f"state file {self.path} is in use by another lostwrite watch "
                "(give each watcher its own --state)"
            ) from None
        self._lock_fd = fd

    def unlock(self) -> None:
        """Release the lock (the lock file stays; it is empty)."""
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def load(self) -> WatchState:
        """The saved state, or an empty one if there is no state file yet."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return WatchState(logs={})
        except OSError as exc:
            raise UsageError(f"cannot read state file {self.path}: {exc.strerror}") from None
        try:
            return WatchState.from_json(raw)
        except ValueError as exc:
            raise UsageError(
                f"state file {self.path} is not a watch state: {exc} "
                "(move it away to start from the beginning of every log)"
            ) from None

    def save(self, state: WatchState) -> None:
        """Replace the state file atomically and durably."""
        directory = self.path.parent
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(state.to_json())
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
