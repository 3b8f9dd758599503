"""The PostgreSQL counter store for ``lostwrite serve --db postgresql://…``.

Same tables and semantics as the SQLite store: each batch is one transaction that inserts
the event rows (a repeated ``event_id`` is skipped) and increments the counters with
``INSERT … ON CONFLICT DO UPDATE``, which PostgreSQL serialises per counter row, so several
registry processes may share one database. psycopg is imported here and only here.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from lostwrite.errors import UsageError
from lostwrite.serve.store import Event, now_iso, zero_counts

_SCHEMA = """
CREATE TABLE IF NOT EXISTS lostwrite_events (
    seq BIGSERIAL PRIMARY KEY,
    event_id TEXT UNIQUE,
    ts TIMESTAMPTZ NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('diagnosed', 'healed', 'cited')),
    code TEXT NOT NULL,
    source TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count > 0)
);
CREATE TABLE IF NOT EXISTS lostwrite_counters (
    code TEXT NOT NULL,
    kind TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (code, kind)
);
"""
_SCHEMA_LOCK = 0x6C6F7374  # advisory lock id: two servers starting together create tables once

_INSERT_EVENT = (
    "INSERT INTO lostwrite_events (event_id, ts, kind, code, source, count) "
    "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (event_id) DO NOTHING"
)
_INCREMENT = (
    "INSERT INTO lostwrite_counters (code, kind, n) VALUES (%s, %s, %s) "
    "ON CONFLICT (code, kind) DO UPDATE SET n = lostwrite_counters.n + excluded.n"
)


def _redact(url: str) -> str:
    """The URL without its password, for error messages."""
    head, sep, tail = url.partition("@")
    if not sep or ":" not in head.removeprefix("postgresql://").removeprefix("postgres://"):
        return url
    scheme, _, userinfo = head.partition("://")
    return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{tail}"


class PostgresStore:
    """Counters in PostgreSQL; one connection, used by one thread at a time."""

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError:
            raise UsageError(
                "--db postgresql://… needs psycopg: pip install 'lostwrite[postgres]'"
            ) from None
        self._psycopg: Any = psycopg
        self._url = url
        self._lock = threading.Lock()
        self._conn: Any = None
        try:
            with self._lock:
                conn = self._connection()
                with conn.transaction():
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
                    conn.execute(_SCHEMA)
        except psycopg.Error as exc:
            first_line = (
                str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            )
            raise UsageError(f"--db: cannot use {_redact(url)}: {first_line}") from None

    def _connection(self) -> Any:
        """The open connection, reconnecting once it was lost (caller holds the lock)."""
        if self._conn is None or self._conn.closed or self._conn.broken:
            self._conn = self._psycopg.connect(self._url, autocommit=True, connect_timeout=10)
        return self._conn

    def record(self, events: Sequence[Event]) -> list[bool]:
        ts = now_iso()
        results: list[bool] = []
        with self._lock:
            conn = self._connection()
            with conn.transaction(), conn.cursor() as cur:
                for e in events:
                    cur.execute(_INSERT_EVENT, (e.event_id, ts, e.kind, e.code, e.source, e.count))
                    counted = cur.rowcount == 1
                    if counted:
                        cur.execute(_INCREMENT, (e.code, e.kind, e.count))
                    results.append(counted)
        return results

    def counts(self, code: str) -> dict[str, int]:
        result = zero_counts()
        with self._lock:
            rows = (
                self._connection()
                .execute("SELECT kind, n FROM lostwrite_counters WHERE code = %s", (code,))
                .fetchall()
            )
        result.update({kind: int(n) for kind, n in rows})
        return result

    def totals(self) -> tuple[int, int]:
        with self._lock:
            row = (
                self._connection()
                .execute("SELECT COUNT(*), COALESCE(SUM(count), 0) FROM lostwrite_events")
                .fetchone()
            )
        return int(row[0]), int(row[1])

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
