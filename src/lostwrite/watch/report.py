"""Counting and telling: the run's statistics and every message ``watch`` prints on stderr.

Malformed rows are each counted; up to :data:`PROBLEM_LIMIT` an hour are printed with their
offset, the rest only counted (a log full of garbage must not flood the terminal for months).
Conditions that persist across polls (a log missing, unreadable) are printed once until they
change.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from typing import TextIO

PROBLEM_LIMIT = 100
PROBLEM_WINDOW = 3600.0


@dataclass
class Stats:
    """Totals for one run of ``watch``."""

    rows: int = 0
    matches: int = 0
    already_signalled: int = 0
    malformed: int = 0
    read_errors: int = 0


class Reporter:
    """Writes watch messages to stderr and keeps the totals."""

    def __init__(self, stderr: TextIO = sys.stderr) -> None:
        self.stats = Stats()
        self._stderr = stderr
        self._shown: dict[str, str] = {}
        self._window_start = time.monotonic()
        self._window_shown = 0
        self._window_hidden = 0

    def _print(self, text: str) -> None:
        self._stderr.write(f"lostwrite: watch: {text}\n")
        self._stderr.flush()

    def problem(self, log: str, offset: int, line_no: int, message: str) -> None:
        """A row that is not a usable JSON object: counted, printed up to the hourly limit."""
        self.stats.malformed += 1
        now = time.monotonic()
        if now - self._window_start >= PROBLEM_WINDOW:
            if self._window_hidden:
                self._print(f"{self._window_hidden} more bad rows were counted but not shown")
            self._window_start, self._window_shown, self._window_hidden = now, 0, 0
        if self._window_shown >= PROBLEM_LIMIT:
            self._window_hidden += 1
            return
        self._window_shown += 1
        self._print(f"{log}:{line_no} (offset {offset}): {message}")
        if self._window_shown == PROBLEM_LIMIT:
            self._print(f"{PROBLEM_LIMIT} bad rows shown; further ones this hour are only counted")

    def note(self, message: str) -> None:
        """A one-off event (rotation seen, truncation, a file finished)."""
        self._print(message)

    def condition(self, subject: str, message: str | None) -> None:
        """Report a lasting condition of ``subject`` once; None clears it."""
        if message is None:
            self._shown.pop(subject, None)
        elif self._shown.get(subject) != message:
            self._shown[subject] = message
            self._print(message)

    def read_error(self, subject: str, message: str) -> None:
        """A log that exists but cannot be read (counted once per distinct error)."""
        if self._shown.get(subject) != message:
            self.stats.read_errors += 1
        self.condition(subject, message)

    def summary(self, logs: int) -> None:
        """The closing line: rows read, matches, malformed."""
        s = self.stats
        text = (
            f"{s.rows} rows read from {logs} log{'s' if logs != 1 else ''}, "
            f"{s.matches} matches, {s.malformed} malformed"
        )
        if s.already_signalled:
            text += f", {s.already_signalled} already signalled before a restart"
        if s.read_errors:
            text += f", {s.read_errors} read errors"
        self._print(text)
