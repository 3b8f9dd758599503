"""The watch loop: read every log, signal the matches, save progress, stop cleanly.

Order of a step: a block of complete lines is read, its matches are appended to the signals
file and printed, and only later is the state saved (after an fsync of the signals file).
A crash between the two re-reads the block on restart; the signals written after the last
save are known to the sink, so their rows are not signalled twice. SIGINT and SIGTERM only
set a flag that is checked between blocks, so a stop never cuts a block in half; the state
is then saved and the summary printed.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from types import FrameType
from typing import Any

import orjson

from lostwrite.watch.cursor import CHUNK, Block, Cursor, Oversized
from lostwrite.watch.follower import Follower, Retired
from lostwrite.watch.matcher import Matcher, Prefilter
from lostwrite.watch.report import Reporter
from lostwrite.watch.scanner import BlockScanner
from lostwrite.watch.sink import KEY_FIELDS, Key, SignalSink, key_fields, make_signal
from lostwrite.watch.state import LogState, StateStore, WatchState

SAVE_EVERY = 1.0
"""Seconds between state saves while data keeps coming (an idle watcher saves at once)."""


@dataclass(frozen=True)
class Selection:
    """What to look for: the predicate in its fast forms, and how to name it."""

    label: str
    description: str
    fields: list[str]
    prefilter: Prefilter
    match: Matcher


class Watcher:
    """Runs ``watch`` over a set of logs."""

    def __init__(
        self,
        followers: list[Follower],
        selection: Selection,
        sink: SignalSink,
        store: StateStore,
        reporter: Reporter,
        *,
        once: bool,
        interval: float,
    ) -> None:
        self.followers = followers
        self.selection = selection
        self.sink = sink
        self.store = store
        self.reporter = reporter
        self.scanner = BlockScanner(selection.prefilter, selection.match)
        self.once = once
        self.interval = interval
        self.grace = max(2.0, 2 * interval)
        self.stopping = False
        self.save_failed = False
        self._other_logs: dict[str, LogState] = {}
        self._saved = b""
        self._last_save = time.monotonic()

    def run(self) -> None:
        """Watch until done (``--once``) or stopped by SIGINT/SIGTERM; always saves on the way out."""
        self.store.lock()
        try:
            state = self.store.load()
            self.sink.open(state.signals_path, state.signals_size, state.pending)
            now = time.monotonic()
            ours = {f.key for f in self.followers}
            self._other_logs = {k: v for k, v in state.logs.items() if k not in ours}
            for follower in self.followers:
                follower.restore(state.logs.get(follower.key, LogState()), now)
                follower.refresh(now)
            self.save()  # records where the signals file ends before anything is signalled
            with _stop_signals(self) as wakeup:
                self._loop(wakeup)
                self.save()
        finally:
            for follower in self.followers:
                follower.close()
            self.sink.close()
            self.store.unlock()

    def _loop(self, wakeup: int) -> None:
        while not self.stopping:
            progressed = self.poll()
            if self.once:
                return
            self._maybe_save(force=not progressed)
            if not progressed and not self.stopping:
                select.select([wakeup], [], [], self.interval)
                with contextlib.suppress(BlockingIOError):
                    os.read(wakeup, 512)

    def poll(self) -> bool:
        """One pass over every log; True if any new line was read."""
        progressed = False
        for follower in self.followers:
            if self.stopping:
                break
            now = time.monotonic()
            follower.refresh(now)
            for retired in follower.retired:  # rotated-away files first, in rotation order
                progressed |= self._drain(follower, retired.cursor)
            done = list(follower.retired) if self.once else follower.idle_retired(now, self.grace)
            for retired in done:
                if self.stopping:
                    break
                self._finish(follower, retired)
            if follower.current is not None:
                progressed |= self._drain(follower, follower.current)
        return progressed

    def _drain(self, follower: Follower, cursor: Cursor) -> bool:
        progressed = False
        while not self.stopping:
            try:
                item = cursor.next_block()
            except OSError as exc:
                self.reporter.read_error(follower.key, f"{follower.path}: {exc.strerror}")
                break
            if item is None:
                break
            progressed = True
            self._handle(follower, cursor, item)
            self._maybe_save()
        return progressed

    def _finish(self, follower: Follower, retired: Retired) -> None:
        cursor = retired.cursor
        while not self.stopping:
            try:
                item = cursor.tail_fragment()
            except OSError as exc:
                self.reporter.read_error(follower.key, f"{follower.path}: {exc.strerror}")
                break
            if item is None:
                break
            self._handle(follower, cursor, item)
            self._maybe_save()
        if self.stopping:
            return
        self.reporter.note(f"{follower.path}: finished the old file ({cursor.offset} bytes)")
        follower.let_go(retired)

    def _handle(self, follower: Follower, cursor: Cursor, item: Block | Oversized) -> None:
        if isinstance(item, Oversized):
            self.reporter.stats.rows += 1
            self.reporter.problem(
                follower.path,
                item.offset,
                item.line_no,
                f"row of {item.length} bytes is longer than the {CHUNK >> 20} MiB limit; skipped",
            )
            return
        selection = self.selection
        result = self.scanner.scan(item.data)
        cursor.lines_done(item, result.lines)
        self.reporter.stats.rows += result.rows
        signals: list[bytes] = []
        messages: list[str] = []
        for start, line, problem in result.problems:
            self.reporter.problem(
                follower.path, item.offset + start, item.line_no + line + 1, problem
            )
        for start, end, line, record in result.matches:
            offset = item.offset + start
            line_no = item.line_no + line + 1
            fingerprint = cursor.row_fingerprint(item.offset + end)
            if (fingerprint, offset) in self.sink.already_signalled:
                self.sink.already_signalled.discard((fingerprint, offset))
                self.reporter.stats.already_signalled += 1
                continue
            self.reporter.stats.matches += 1
            signals.append(
                make_signal(
                    pattern=selection.label,
                    predicate=selection.description,
                    log=follower.path,
                    offset=offset,
                    line_no=line_no,
                    fingerprint=fingerprint,
                    fields=key_fields(record, selection.fields),
                )
            )
            messages.append(self._message(follower.path, offset, line_no, record))
        if signals:
            self.sink.write(signals, messages)

    def _message(self, log: str, offset: int, line_no: int, record: dict[str, Any]) -> str:
        ids = "".join(
            f" {name}={orjson.dumps(record[name]).decode()}"
            for name in KEY_FIELDS
            if name in record
        )
        return (
            f"lostwrite: watch: {self.selection.label} match in {log}:{line_no} "
            f"(offset {offset}): {self.selection.description}{ids}\n"
        )

    def _maybe_save(self, force: bool = False) -> None:
        if force or time.monotonic() - self._last_save >= SAVE_EVERY:
            self.save()

    def save(self) -> None:
        """Sync the signals, then save the state atomically if it changed."""
        self._last_save = time.monotonic()
        try:
            self.sink.sync()
            logs = dict(self._other_logs)
            logs.update((f.key, f.state()) for f in self.followers)
            pending = self._pending()
            state = WatchState(logs, self.sink.path, self.sink.size(), sorted(pending))
            data = state.to_json()
            if data != self._saved:
                self.store.save(state)
                self._saved = data
        except OSError as exc:
            self.save_failed = True
            self.reporter.condition("state", f"cannot save state {self.store.path}: {exc}")
        else:
            self.save_failed = False
            self.reporter.condition("state", None)

    def _pending(self) -> set[Key]:
        """Keys signalled before a crash whose rows may still come up again.

        A key an open file owns is dropped once that file is read past it. A key none of our
        files owns is dropped too, unless the state also tracks logs this run does not watch
        (the key may be theirs: another ``watch`` sharing this state and signals file).
        """
        cursors = [c for f in self.followers for c in f.cursors()]
        keep: set[Key] = set()
        for key in self.sink.already_signalled:
            owners = [c for c in cursors if c.owns(key[0])]
            if any(c.offset <= key[1] for c in owners) or (not owners and self._other_logs):
                keep.add(key)
        self.sink.already_signalled = keep
        return keep


@contextlib.contextmanager
def _stop_signals(watcher: Watcher) -> Iterator[int]:
    """Make SIGINT/SIGTERM request a stop; yields a fd that becomes readable on a signal."""
    read_fd, write_fd = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)

    def request_stop(signum: int, frame: FrameType | None) -> None:
        watcher.stopping = True

    old_wakeup = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
    old_int = signal.signal(signal.SIGINT, request_stop)
    old_term = signal.signal(signal.SIGTERM, request_stop)
    try:
        yield read_fd
    finally:
        signal.signal(signal.SIGINT, old_int)
        signal.signal(signal.SIGTERM, old_term)
        signal.set_wakeup_fd(old_wakeup)
        os.close(read_fd)
        os.close(write_fd)
