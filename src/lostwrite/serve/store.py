"""Where the registry keeps its counters: the store interface, the SQLite store and ``open_store``.

Every accepted event is one row in ``lostwrite_events`` and an increment of one row in
``lostwrite_counters``, both in the same transaction, so the counters always equal the sum
of the events. ``record`` takes a batch and commits it as one transaction (the app groups
concurrent POSTs into batches); an event that carries an ``event_id`` already stored is a
retry and is not counted again. The PostgreSQL store lives in ``store_postgres`` so that
psycopg is imported only when a ``postgresql://`` URL is used.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from lostwrite.errors import UsageError

KINDS = ("diagnosed", "healed", "cited")
DEFAULT_DB = "sqlite:///.lostwrite/registry.db"


@dataclass(frozen=True)
class Event:
    """One accepted counter event: ``count`` occurrences of ``kind`` for the pattern ``code``."""

    kind: str
    code: str
    source: str
    count: int = 1
    event_id: str | None = None


class CounterStore(Protocol):
    """What the app needs from a counter backend. Methods are blocking; call them in a thread."""

    def record(self, events: Sequence[Event]) -> list[bool]:
        """Store ``events`` in one transaction; per event, True if counted, False if a retry."""
        ...

    def counts(self, code: str) -> dict[str, int]:
        """The three counters of one pattern (zeros included)."""
        ...

    def totals(self) -> tuple[int, int]:
        """(number of stored events, sum of their counts): for checks after a load test."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...


def now_iso() -> str:
    """The current UTC time as stored with each event."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def zero_counts() -> dict[str, int]:
    """A counters mapping with every kind at zero."""
    return dict.fromkeys(KINDS, 0)


_SQLITE_SCHEMA = """
CREATE TABLE IF NOT EXISTS lostwrite_events (
    seq INTEGER PRIMARY KEY,
    event_id TEXT UNIQUE,
    ts TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('diagnosed', 'healed', 'cited')),
    code TEXT NOT NULL,
    source TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count > 0)
);
CREATE TABLE IF NOT EXISTS lostwrite_counters (
    code TEXT NOT NULL,
    kind TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (code, kind)
);
"""

_SQLITE_INSERT_EVENT = (
    "INSERT INTO lostwrite_events (event_id, ts, kind, code, source, count) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING"
)
_SQLITE_INCREMENT = (
    "INSERT INTO lostwrite_counters (code, kind, n) VALUES (?, ?, ?) "
    "ON CONFLICT (code, kind) DO UPDATE SET n = lostwrite_counters.n + excluded.n"
)


class SQLiteStore:
    """Counters in one SQLite file (WAL, full fsync on commit, safe across processes)."""

    def __init__(self, path: str) -> None:
        self.path = path
        if path != ":memory:":
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UsageError(f"--db: cannot create the directory of {path}: {exc}") from None
        try:
            self._conn = sqlite3.connect(
                path, timeout=30.0, isolation_level=None, check_same_thread=False
            )
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.execute("PRAGMA busy_timeout=30000")
            self._conn.executescript(_SQLITE_SCHEMA)
        except sqlite3.Error as exc:
            raise UsageError(f"--db: cannot open the SQLite database {path}: {exc}") from None
        self._lock = threading.Lock()

    def record(self, events: Sequence[Event]) -> list[bool]:
        ts = now_iso()
        results: list[bool] = []
        with self._lock:
            cur = self._conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                for e in events:
                    cur.execute(
                        _SQLITE_INSERT_EVENT, (e.event_id, ts, e.kind, e.code, e.source, e.count)
                    )
                    counted = cur.rowcount == 1
                    if counted:
                        cur.execute(_SQLITE_INCREMENT, (e.code, e.kind, e.count))
                    results.append(counted)
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise
        return results

    def counts(self, code: str) -> dict[str, int]:
        result = zero_counts()
        with self._lock:
            rows = self._conn.execute(
                "SELECT kind, n FROM lostwrite_counters WHERE code = ?", (code,)
            ).fetchall()
        result.update({kind: n for kind, n in rows})
        return result

    def totals(self) -> tuple[int, int]:
        with self._lock:
            rows, total = self._conn.execute(
                "SELECT COUNT(*), COALESCE(SUM(count), 0) FROM lostwrite_events"
            ).fetchone()
        return int(rows), int(total)

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def open_store(url: str) -> CounterStore:
    """The store a ``--db`` URL names: ``sqlite:///relative.db``, ``sqlite:////abs.db``,
    ``sqlite:///:memory:`` or ``postgresql://…`` (needs ``lostwrite[postgres]``)."""
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        if not path:
            raise UsageError(
                "--db: a sqlite URL needs a path, e.g. sqlite:///.lostwrite/registry.db"
            )
        return SQLiteStore(path)
    if url.startswith(("postgresql://", "postgres://")):
        from lostwrite.serve.store_postgres import PostgresStore

        return PostgresStore(url)
    raise UsageError(
        f"--db: unsupported URL {url!r}; use sqlite:///PATH or postgresql://USER@HOST/DB"
    )
