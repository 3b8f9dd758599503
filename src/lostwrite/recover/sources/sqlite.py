"""SQLite source: ``sqlite:///path.db?table=T&column=C``, JSON text in column ``C``.

``sqlite:///rel.db`` is relative to the current directory, ``sqlite:////abs/x.db`` absolute.
Selection is compiled to ``json_type()``, which tells a missing key (SQL NULL) from a JSON
null (``'null'``); rows whose text is not valid JSON are never selected. Batches are keyset
pages on a unique column (or ``rowid``); each commit runs in ``BEGIN IMMEDIATE``, re-reads
the rows under the write lock and writes with ``json_set()``, so only the planned fields change.
A dry run opens the file read-only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from lostwrite.errors import UsageError
from lostwrite.predicate import Predicate, lookup
from lostwrite.recover import jsontext
from lostwrite.recover.batching import BatchSizer
from lostwrite.recover.plan import Outcome
from lostwrite.recover.sources.base import (
    Batch,
    Candidate,
    Planner,
    Selection,
    Source,
    SourceFailure,
)

_CHUNK = 500  # keys per IN (...) list
_INT64 = 2**63


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def json_path(dotted: str | tuple[str, ...]) -> str:
    """``a.b`` -> ``$."a"."b"`` (SQLite cannot quote a double quote inside a key)."""
    parts = dotted.split(".") if isinstance(dotted, str) else dotted
    if any('"' in part for part in parts):
        raise ValueError(f"field {'.'.join(parts)!r}: SQLite JSON paths cannot contain '\"'")
    return "$" + "".join(f'."{part}"' for part in parts)


def compile_predicate(predicate: Predicate, column: str) -> tuple[str, list[Any]]:
    """SQL selecting rows that may match ``predicate`` (a superset; Python re-checks)."""
    col = _ident(column)
    clauses: list[str] = []
    params: list[Any] = []

    def jtype(path: str) -> str:
        params.append(json_path(path))
        return f"json_type({col}, ?)"

    for path, value in predicate.when:
        if isinstance(value, bool) or value is None:
            clauses.append(f"{jtype(path)} = '{'null' if value is None else str(value).lower()}'")
        elif isinstance(value, int | float) and abs(value) < _INT64:
            clauses.append(f"{jtype(path)} IN ('integer', 'real')")
            clauses.append(f"json_extract({col}, ?) = ?")
            params += [json_path(path), value]
        elif isinstance(value, int | float):
            clauses.append(f"{jtype(path)} IN ('integer', 'real')")
        elif isinstance(value, str):
            clauses.append(f"{jtype(path)} = 'text'")
            clauses.append(f"json_extract({col}, ?) = ?")
            params += [json_path(path), value]
        else:
            clauses.append(f"{jtype(path)} = '{'object' if isinstance(value, dict) else 'array'}'")
    for path in predicate.missing:
        clauses.append(f"{jtype(path)} IS NULL")
    for path in predicate.null:
        clauses.append(f"{jtype(path)} = 'null'")
    for path in predicate.missing_or_null:
        clauses.append(f"coalesce({jtype(path)}, 'null') = 'null'")
    return f"(CASE WHEN json_valid({col}) THEN ({' AND '.join(clauses)}) ELSE 0 END)", params


def _parse_url(url: str) -> tuple[Path, str, str]:
    parts = urlsplit(url)
    if parts.netloc:
        raise UsageError(f"{url}: use sqlite:///relative.db or sqlite:////absolute/path.db")
    path = unquote(parts.path)[1:]
    query = parse_qs(parts.query, keep_blank_values=True)
    unknown = sorted(set(query) - {"table", "column"})
    if unknown:
        raise UsageError(f"{url}: unknown parameter {unknown[0]!r} (expected table and column)")
    table = query.get("table", [""])[-1]
    column = query.get("column", [""])[-1]
    if not path or not table or not column:
        raise UsageError(f"{url}: expected sqlite:///path.db?table=T&column=C")
    return Path(path), table, column


def _affinity(declared: str) -> str:
    kind = declared.upper()
    if "INT" in kind:
        return "INTEGER"
    if any(word in kind for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in kind or not kind:
        return "BLOB"
    if any(word in kind for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def _decode(text: Any) -> Any:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if not isinstance(text, str):
        return None
    try:
        return jsontext.loads(text)
    except ValueError:
        return None


class SqliteSource(Source):
    """JSON records in one TEXT column of one SQLite table."""

    def __init__(self, url: str, selection: Selection, *, writable: bool) -> None:
        self.label = url
        self.selection = selection
        path, self.table, self.column = _parse_url(url)
        if not path.is_file():
            raise UsageError(f"{url}: no SQLite database at {path}")
        self.path = path.resolve()
        mode = "rw" if writable else "ro"
        try:
            self.conn = sqlite3.connect(
                f"file:{quote(str(self.path))}?mode={mode}",
                uri=True,
                isolation_level=None,
                timeout=30,
            )
            self.conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.Error as exc:
            raise UsageError(f"{url}: cannot open {path} as SQLite: {exc}") from None
        try:
            self._introspect()
        except sqlite3.Error as exc:
            self.conn.close()
            raise UsageError(f"{url}: {exc}") from None
        except UsageError:
            self.conn.close()
            raise
        where, self._where_params = compile_predicate(selection.predicate, self.column)
        self._t, self._c, self._k = _ident(self.table), _ident(self.column), _ident(self.key)
        select = f"SELECT {self._k}, {self._c}"
        if self.time_column:
            select += f", {_ident(selection.time_field)}"
        self._scan_first = f"{select} FROM {self._t} WHERE {where} ORDER BY {self._k} LIMIT ?"
        self._scan_next = (
            f"{select} FROM {self._t} WHERE {self._k} > ? AND {where} ORDER BY {self._k} LIMIT ?"
        )

    def _introspect(self) -> None:
        table, column, key = self.table, self.column, self.selection.key
        info = self.conn.execute(f"PRAGMA table_info({_ident(table)})").fetchall()
        if not info:
            raise UsageError(f"{self.label}: no table {table!r} in {self.path}")
        columns = {row[1]: row for row in info}
        if column not in columns:
            raise UsageError(
                f"{self.label}: table {table!r} has no column {column!r} "
                f"(columns: {', '.join(columns)})"
            )
        declared = columns[column][2] or ""
        if _affinity(declared) in ("INTEGER", "REAL"):
            raise UsageError(f"{self.label}: column {column!r} is {declared}, not JSON text")
        first = self.conn.execute(
            f"SELECT {_ident(column)}, json_valid({_ident(column)}) FROM {_ident(table)} "
            f"WHERE {_ident(column)} IS NOT NULL LIMIT 1"
        ).fetchone()
        if first is not None and (not first[1] or not isinstance(_decode(first[0]), dict)):
            sample = str(first[0])[:40]
            raise UsageError(
                f"{self.label}: column {column!r} does not hold JSON objects (first value: {sample!r})"
            )
        self.key = self._check_key(key, columns)
        self.time_column = self.selection.time_field in columns

    def _check_key(self, key: str, columns: dict[str, Any]) -> str:
        if key not in columns:
            if key.lower() in ("rowid", "_rowid_", "oid"):
                try:
                    self.conn.execute(f"SELECT rowid FROM {_ident(self.table)} LIMIT 1")
                except sqlite3.Error:
                    raise UsageError(f"--key {key}: table {self.table!r} has no rowid") from None
                return "rowid"
            raise UsageError(
                f"--key {key}: table {self.table!r} has no such column "
                "(use a unique column, or --key rowid)"
            )
        primary = [row[1] for row in columns.values() if row[5]]
        if primary == [key]:
            return key
        for index in self.conn.execute(f"PRAGMA index_list({_ident(self.table)})"):
            unique, partial = index[2], index[4]
            if not unique or partial:
                continue
            cols = self.conn.execute(f"PRAGMA index_info({_ident(index[1])})").fetchall()
            if [row[2] for row in cols] == [key]:
                return key
        raise UsageError(
            f"--key {key}: the column must be unique (PRIMARY KEY or a UNIQUE index) "
            "for keyset batches"
        )

    def identity(self) -> dict[str, Any]:
        return {
            "kind": "sqlite",
            "path": str(self.path),
            "table": self.table,
            "column": self.column,
        }

    def validate_field(self, name: str) -> None:
        """Reject field names SQLite JSON paths cannot express."""
        json_path(name)

    def batches(self, position: dict[str, Any] | None, sizer: BatchSizer) -> Iterator[Batch]:
        last = position["last_key"] if position else None
        window = self.selection.window
        while True:
            size = sizer.size
            try:
                if last is None:
                    rows = self.conn.execute(self._scan_first, [*self._where_params, size])
                else:
                    rows = self.conn.execute(self._scan_next, [last, *self._where_params, size])
                rows = rows.fetchall()
            except sqlite3.Error as exc:
                raise SourceFailure(f"reading {self.table}: {exc}") from None
            if not rows:
                return
            candidates = []
            for row in rows:
                document = _decode(row[1])
                if self.time_column:
                    moment = row[2]
                elif window.bounded:
                    moment = lookup(document, self.selection.time_field)
                else:
                    moment = None
                candidates.append(Candidate(row[0], document, moment))
            last = rows[-1][0]
            if not isinstance(last, int | str | float):
                raise SourceFailure(f"--key {self.key}: key values must be integers or text")
            yield Batch(candidates, {"last_key": last}, len(rows))
            if len(rows) < size:
                return

    def commit(
        self,
        items: list[tuple[Candidate, dict[str, Any]]],
        planner: Planner,
        before_commit: Callable[[list[Outcome]], None],
    ) -> list[Outcome]:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise SourceFailure(f"locking {self.table}: {exc}") from None
        try:
            current = self._read([c.key for c, _ in items])
            outcomes = [planner(c.key, current.get(c.key), fields) for c, fields in items]
            by_arity: dict[int, list[list[Any]]] = {}
            for outcome in outcomes:
                if outcome.kind != "set":
                    continue
                args: list[Any] = []
                for op in outcome.ops:
                    args += [json_path(op.path), jsontext.dumps(op.value).decode()]
                by_arity.setdefault(len(outcome.ops), []).append([*args, outcome.key])
            for arity, rows in by_arity.items():
                pairs = ", ?, json(?)" * arity
                self.conn.executemany(
                    f"UPDATE {self._t} SET {self._c} = json_set({self._c}{pairs}) "
                    f"WHERE {self._k} = ?",
                    rows,
                )
            before_commit(outcomes)
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise SourceFailure(f"writing {self.table}: {exc}") from None
        except BaseException:
            self._rollback()
            raise
        return outcomes

    def _read(self, keys: list[Any]) -> dict[Any, Any]:
        current: dict[Any, Any] = {}
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for key, text in self.conn.execute(
                f"SELECT {self._k}, {self._c} FROM {self._t} WHERE {self._k} IN ({marks})", chunk
            ):
                current[key] = _decode(text)
        return current

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()
