"""The recovery window ``[since, until)`` and the time values it compares.

Bounds (``--since``/``--until``) and record timestamps are ISO-8601 strings or epoch numbers.
A naive ISO time is taken as UTC. An epoch number whose magnitude is at least 1e11 is read as
milliseconds (JavaScript ``Date.now()``), smaller ones as seconds. Everything is converted to
integer microseconds since the epoch, so comparisons are exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from lostwrite.errors import UsageError

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MILLIS_THRESHOLD = Decimal(10) ** 11


def _from_epoch(number: Decimal) -> int:
    if abs(number) >= _MILLIS_THRESHOLD:
        return int(number * 1000)
    return int(number * 1_000_000)


def _from_datetime(value: datetime) -> int:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    delta = value - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def to_micros(value: Any) -> int | None:
    """Microseconds since the epoch for a record's time value, or None if it is not a time."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | Decimal):
        try:
            return _from_epoch(Decimal(value))
        except (InvalidOperation, ValueError, OverflowError):
            return None  # NaN, infinity
    if isinstance(value, datetime):
        return _from_datetime(value)
    if isinstance(value, date):
        return _from_datetime(datetime(value.year, value.month, value.day))
    if isinstance(value, str):
        text = value.strip()
        try:
            return _from_epoch(Decimal(text))
        except (InvalidOperation, ValueError, OverflowError):
            pass
        try:
            return _from_datetime(datetime.fromisoformat(text))
        except ValueError:
            return None
    return None


def parse_bound(text: str, option: str) -> int:
    """Parse a ``--since``/``--until`` value; a bad value is a usage error."""
    micros = to_micros(text)
    if micros is not None:
        try:
            format_micros(micros)
        except (OverflowError, ValueError, OSError):
            micros = None  # outside the years datetime can represent
    if micros is None:
        raise UsageError(
            f"{option} {text!r}: expected an ISO-8601 time (2024-05-01T12:00:00Z) "
            "or an epoch number in seconds or milliseconds"
        )
    return micros


def format_micros(micros: int) -> str:
    """An ISO-8601 UTC rendering of microseconds since the epoch."""
    seconds, rest = divmod(micros, 1_000_000)
    moment = datetime.fromtimestamp(seconds, UTC).replace(microsecond=rest)
    return moment.isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Window:
    """A half-open time window; a missing bound is open on that side."""

    since: int | None = None
    until: int | None = None

    @classmethod
    def from_cli(cls, since: str | None, until: str | None) -> Window:
        """Build from ``--since``/``--until``; an empty window is a usage error."""
        window = cls(
            parse_bound(since, "--since") if since is not None else None,
            parse_bound(until, "--until") if until is not None else None,
        )
        if window.since is not None and window.until is not None and window.since >= window.until:
            raise UsageError(
                f"the window {window.describe()} is empty: --since must be before --until"
            )
        return window

    @property
    def bounded(self) -> bool:
        """True if at least one bound is set (records then need a readable time)."""
        return self.since is not None or self.until is not None

    def contains(self, value: Any) -> bool:
        """True if the time ``value`` falls in ``[since, until)`` (always true when unbounded)."""
        if not self.bounded:
            return True
        micros = to_micros(value)
        if micros is None:
            return False
        if self.since is not None and micros < self.since:
            return False
        return self.until is None or micros < self.until

    def as_datetimes(self) -> tuple[datetime | None, datetime | None]:
        """The bounds as aware datetimes, for SQL timestamp comparisons."""

        def convert(micros: int | None) -> datetime | None:
            if micros is None:
                return None
            seconds, rest = divmod(micros, 1_000_000)
            return datetime.fromtimestamp(seconds, UTC).replace(microsecond=rest)

        return convert(self.since), convert(self.until)

    def describe(self) -> str:
        """``[2024-05-01T00:00:00Z, 2024-06-01T00:00:00Z)``, with ``-inf``/``+inf`` for open ends."""
        since = format_micros(self.since) if self.since is not None else "-inf"
        until = format_micros(self.until) if self.until is not None else "+inf"
        return f"[{since}, {until})"

    def to_dict(self) -> dict[str, int | None]:
        """A JSON form for checkpoints and reports."""
        return {"since": self.since, "until": self.until}
