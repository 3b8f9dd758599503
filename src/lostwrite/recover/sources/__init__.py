"""Recover sources by URL: a JSONL path, ``sqlite:///…`` or ``postgresql://…``.

Each source module is imported only when its kind is used, so psycopg loads only for
PostgreSQL.
"""

from __future__ import annotations

from lostwrite.errors import UsageError
from lostwrite.recover.sources.base import Selection, Source


def open_source(spec: str, selection: Selection, *, writable: bool, rewrite: bool) -> Source:
    """Open and validate the source named by ``spec``; problems are one-line usage errors."""
    scheme = spec.split("://", 1)[0].lower() if "://" in spec else ""
    if rewrite and scheme:
        raise UsageError("--rewrite applies to JSONL logs only")
    if not scheme:
        from lostwrite.recover.sources.jsonl import JsonlSource

        return JsonlSource(spec, selection, writable=writable, rewrite=rewrite)
    if scheme == "sqlite":
        from lostwrite.recover.sources.sqlite import SqliteSource

        return SqliteSource(spec, selection, writable=writable)
    if scheme in ("postgresql", "postgres"):
        try:
            from lostwrite.recover.sources.postgres import PostgresSource
        except ImportError:
            raise UsageError(
                "PostgreSQL sources need psycopg: install lostwrite[postgres]"
            ) from None
        return PostgresSource(spec, selection, writable=writable)
    raise UsageError(
        f"unsupported source {scheme}://…: give a JSONL file, sqlite:///path.db?table=T&column=C "
        "or postgresql://…?table=T&column=C"
    )
