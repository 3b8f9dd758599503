"""PostgreSQL source: ``postgresql://…?table=T&column=C``, a ``jsonb`` or ``json`` column.

Other query parameters go to libpq unchanged. Selection is compiled to SQL that tells a missing
key (``NOT (doc ? 'k')``) from a JSON null (``jsonb_typeof(doc -> 'k') = 'null'``). Batches are
keyset pages on a unique column (walked in fixed spans of rows, so every query is an index
range scan). Each commit is one transaction: one compare-and-set ``UPDATE … FROM
jsonb_to_recordset(…)`` merges the top-level fields of every row of the batch (``doc || patch``)
where the predicate still holds and every written path still holds what the plan saw, then
``jsonb_set`` rounds write nested fields into the rows that passed. A ``json`` column is converted through ``jsonb`` on write, which
normalises its whitespace and key order. A dry run sets the session read-only.

This module imports psycopg; it is imported only for postgresql:// sources.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import sql

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

_TIME_TYPES = {"timestamp with time zone", "timestamp without time zone", "date"}


def _redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def _parse_url(url: str) -> tuple[str, str, str]:
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    table = next((v for k, v in reversed(pairs) if k == "table"), "")
    column = next((v for k, v in reversed(pairs) if k == "column"), "")
    if not table or not column:
        raise UsageError(f"{_redact(url)}: expected postgresql://…/db?table=T&column=C")
    rest = [(k, v) for k, v in pairs if k not in ("table", "column")]
    conninfo = urlunsplit(parts._replace(scheme="postgresql", query=urlencode(rest)))
    return conninfo, table, column


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def compile_predicate(predicate: Predicate, doc: str) -> tuple[str, list[Any]]:
    """SQL selecting rows that may match ``predicate`` over the jsonb expression ``doc``.

    The SQL selects a superset (Python re-checks every row); ``missing`` is exact: a key
    counts as present only if every level above it is an object.
    """
    clauses: list[str] = []
    params: list[Any] = []

    def value_at(parts: list[str]) -> str:
        if len(parts) == 1:
            params.append(parts[0])
            return f"({doc} -> %s)"
        params.append(parts)
        return f"({doc} #> %s::text[])"

    def present(parts: list[str]) -> str:
        if len(parts) == 1:
            params.append(parts[0])
            return f"coalesce({doc} ? %s, false)"
        tests = []
        for depth in range(1, len(parts)):
            params.append(parts[:depth])
            tests.append(f"jsonb_typeof({doc} #> %s::text[]) = 'object'")
        params.extend([parts[:-1], parts[-1]])
        tests.append(f"({doc} #> %s::text[]) ? %s")
        return f"coalesce({' AND '.join(tests)}, false)"

    for path, value in predicate.when:
        clauses.append(f"{value_at(path.split('.'))} = %s::jsonb")
        params.append(jsontext.dumps(value).decode())
    for path in predicate.missing:
        clauses.append(f"NOT {present(path.split('.'))}")
    for path in predicate.null:
        clauses.append(f"jsonb_typeof{value_at(path.split('.'))} = 'null'")
    for path in predicate.missing_or_null:
        absent = present(path.split("."))
        clauses.append(f"(NOT {absent} OR jsonb_typeof{value_at(path.split('.'))} = 'null')")
    return "(" + " AND ".join(clauses) + ")", params


class PostgresSource(Source):
    """JSON records in one json/jsonb column of one PostgreSQL table."""

    def __init__(self, url: str, selection: Selection, *, writable: bool) -> None:
        self.label = _redact(url)
        self.selection = selection
        conninfo, self.table, self.column = _parse_url(url)
        try:
            self.conn = psycopg.connect(conninfo, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise UsageError(f"{self.label}: cannot connect: {_first_line(exc)}") from None
        try:
            self.conn.execute("SET TIME ZONE 'UTC'")
            if not writable:
                self.conn.execute("SET default_transaction_read_only = on")
            self._introspect()
        except psycopg.Error as exc:
            self.conn.close()
            raise UsageError(f"{self.label}: {_first_line(exc)}") from None
        except UsageError:
            self.conn.close()
            raise
        self._prepare_queries()

    def _introspect(self) -> None:
        found = self.conn.execute(
            "SELECT c.oid, c.oid::regclass::text FROM pg_class c WHERE c.oid = to_regclass(%s)",
            [self.table],
        ).fetchone()
        if found is None:
            raise UsageError(f"{self.label}: no table {self.table!r}")
        self._oid, self._table_sql = found
        columns = {
            name: (ftype, typname, attnum)
            for name, ftype, typname, attnum in self.conn.execute(
                "SELECT attname, format_type(atttypid, atttypmod), atttypid::regtype::text, attnum "
                "FROM pg_attribute WHERE attrelid = %s AND attnum > 0 AND NOT attisdropped "
                "ORDER BY attnum",
                [self._oid],
            )
        }
        if self.column not in columns:
            raise UsageError(
                f"{self.label}: table {self.table!r} has no column {self.column!r} "
                f"(columns: {', '.join(columns)})"
            )
        self.column_type = columns[self.column][1]
        if self.column_type not in ("json", "jsonb"):
            raise UsageError(
                f"{self.label}: column {self.column!r} is {columns[self.column][0]}, "
                "not json or jsonb"
            )
        key = self.selection.key
        if key not in columns:
            raise UsageError(f"--key {key}: table {self.table!r} has no such column")
        unique = self.conn.execute(
            "SELECT 1 FROM pg_index WHERE indrelid = %s AND indisunique AND indpred IS NULL "
            "AND indnatts = 1 AND indkey[0] = %s",
            [self._oid, columns[key][2]],
        ).fetchone()
        if unique is None:
            raise UsageError(
                f"--key {key}: the column must be unique (PRIMARY KEY or a UNIQUE index) "
                "for keyset batches"
            )
        self.key_type = columns[key][0]
        time_field = self.selection.time_field
        self.time_column = time_field in columns
        self.time_pushdown = self.time_column and columns[time_field][0] in _TIME_TYPES

    def _prepare_queries(self) -> None:
        ident = lambda name: sql.Identifier(name).as_string(self.conn)  # noqa: E731
        table, key, col = self._table_sql, ident(self.selection.key), ident(self.column)
        doc = col if self.column_type == "jsonb" else f"{col}::jsonb"
        where, self._where_params = compile_predicate(self.selection.predicate, doc)
        select = f"SELECT {key}, {col}::text"
        self._time_params: list[Any] = []
        if self.time_column:
            time_col = ident(self.selection.time_field)
            select += f", {time_col}"
            if self.time_pushdown:
                since, until = self.selection.window.as_datetimes()
                if since is not None:
                    where += f" AND {time_col} >= %s"
                    self._time_params.append(since)
                if until is not None:
                    where += f" AND {time_col} < %s"
                    self._time_params.append(until)
        self._select, self._where = f"{select} FROM {table}", where
        self._order = f"ORDER BY {key} LIMIT %s"
        self._lower = f"{key} > %s::{self.key_type}"
        self._upper = f"{key} <= %s::{self.key_type}"
        self._span_end = f"SELECT {key} FROM {table} {{}} ORDER BY {key} OFFSET %s LIMIT 1"
        # A batch travels as one JSON parameter. The first statement is the compare-and-set:
        # it updates a row only if the predicate still holds and every path it writes still
        # holds what the plan saw (absent, or the old value), re-checked by PostgreSQL under
        # the row lock, so a concurrent writer who got there first wins.
        kt, ct = self.key_type, self.column_type
        guard, self._guard_params = compile_predicate(self.selection.predicate, f"t.{doc}")
        self._merge = (
            f"UPDATE {table} AS t SET {col} = (t.{col}::jsonb || v.patch)::{ct} "
            f"FROM jsonb_to_recordset(%s::jsonb) AS v(k {kt}, patch jsonb, expect jsonb) "
            f"WHERE t.{key} = v.k AND {guard} AND NOT EXISTS ("
            f"SELECT 1 FROM jsonb_array_elements(v.expect) AS e WHERE "
            f"(t.{col}::jsonb #> ARRAY(SELECT jsonb_array_elements_text(e -> 0))) "
            f"IS DISTINCT FROM (e -> 1)) "
            f"RETURNING t.{key}"
        )
        self._set_nested = (
            f"UPDATE {table} AS t SET {col} = "
            f"jsonb_set(t.{col}::jsonb, v.path, v.val, true)::{ct} "
            f"FROM (SELECT u.k, ARRAY(SELECT jsonb_array_elements_text(u.p)) AS path, u.val "
            f"FROM jsonb_to_recordset(%s::jsonb) AS u(k {kt}, p jsonb, val jsonb)) AS v "
            f"WHERE t.{key} = v.k"
        )

    def identity(self) -> dict[str, Any]:
        info = self.conn.info
        return {
            "kind": "postgresql",
            "host": info.host,
            "port": info.port,
            "database": info.dbname,
            "table": self._table_sql,
            "column": self.column,
        }

    def _scan(self, last: Any, upper: Any, limit: int) -> list[tuple[Any, ...]]:
        """Matching rows in the key range ``(last, upper]`` (open ends when None), in key order."""
        where, params = [self._where], [*self._where_params, *self._time_params]
        if upper is not None:
            where.insert(0, self._upper)
            params.insert(0, upper)
        if last is not None:
            where.insert(0, self._lower)
            params.insert(0, last)
        query = f"{self._select} WHERE {' AND '.join(where)} {self._order}"
        return self.conn.execute(query, [*params, limit]).fetchall()

    def _span(self, last: Any, span: int) -> Any:
        """The key ``span`` rows after ``last``, or None if fewer rows remain."""
        if last is None:
            row = self.conn.execute(self._span_end.format(""), [span - 1]).fetchone()
        else:
            row = self.conn.execute(
                self._span_end.format(f"WHERE {self._lower}"), [last, span - 1]
            ).fetchone()
        return None if row is None else row[0]

    def batches(self, position: dict[str, Any] | None, sizer: BatchSizer) -> Iterator[Batch]:
        # The key range is walked in spans of a fixed number of rows, so every query is an
        # index range scan: PostgreSQL cannot estimate how rare damaged rows are, and a plain
        # ``key > last AND <predicate> ORDER BY key LIMIT n`` is often planned as a full scan.
        last = position["last_key"] if position else None
        done = False
        while not done:
            size = sizer.size
            span = max(10 * size, 10_000)
            rows: list[tuple[Any, ...]] = []
            try:
                while len(rows) < size:
                    upper = self._span(last, span)
                    found = self._scan(last, upper, size - len(rows))
                    rows += found
                    if len(rows) == size:
                        last = rows[-1][0]
                    elif upper is None:
                        done = True
                        break
                    else:
                        last = upper
            except psycopg.Error as exc:
                raise SourceFailure(f"reading {self._table_sql}: {_first_line(exc)}") from None
            if rows:
                yield Batch(
                    [self._candidate(row) for row in rows],
                    {"last_key": self.report_key(last)},
                    len(rows),
                )

    def _candidate(self, row: tuple[Any, ...]) -> Candidate:
        document = jsontext.loads(row[1]) if row[1] is not None else None
        if self.time_column:
            moment = row[2]
        elif self.selection.window.bounded:
            moment = lookup(document, self.selection.time_field)
        else:
            moment = None
        return Candidate(row[0], document, moment)

    def commit(
        self,
        items: list[tuple[Candidate, dict[str, Any]]],
        planner: Planner,
        before_commit: Callable[[list[Outcome]], None],
    ) -> list[Outcome]:
        outcomes = [planner(c.key, c.document, fields) for c, fields in items]
        try:
            with self.conn.transaction(), self.conn.cursor() as cur:
                written = self._write(cur, [o for o in outcomes if o.kind == "set"])
                for index, outcome in enumerate(outcomes):
                    if outcome.kind == "set" and self.report_key(outcome.key) not in written:
                        outcomes[index] = Outcome(
                            outcome.key,
                            "skipped",
                            "changed meanwhile by another writer (left as it is)",
                        )
                before_commit(outcomes)
        except psycopg.Error as exc:
            raise SourceFailure(f"writing {self._table_sql}: {_first_line(exc)}") from None
        return outcomes

    def _write(self, cur: psycopg.Cursor[Any], changes: list[Outcome]) -> set[Any]:
        """Write the changes whose paths are still as planned; return the keys written."""
        if not changes:
            return set()
        merges: list[dict[str, Any]] = []
        for change in changes:
            expect = [(op.path,) if op.created else (op.path, op.previous) for op in change.ops]
            patch = {op.path[0]: op.value for op in change.ops if len(op.path) == 1}
            merges.append({"k": self.report_key(change.key), "patch": patch, "expect": expect})
        cur.execute(self._merge, [jsontext.dumps(merges).decode(), *self._guard_params])
        written = {self.report_key(key) for (key,) in cur.fetchall()}
        nested: list[list[dict[str, Any]]] = []
        for change in changes:
            key = self.report_key(change.key)
            if key not in written:
                continue
            deep = [op for op in change.ops if len(op.path) > 1]
            for depth, op in enumerate(deep):
                if depth == len(nested):
                    nested.append([])
                nested[depth].append({"k": key, "p": list(op.path), "val": op.value})
        for round_ops in nested:
            cur.execute(self._set_nested, [jsontext.dumps(round_ops).decode()])
        return written

    def validate_field(self, name: str) -> None:
        """Any field name fits in a jsonb path."""

    def close(self) -> None:
        self.conn.close()
