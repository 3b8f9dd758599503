"""``lostwrite recover`` on a real SQLite file, through the real CLI in a subprocess."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from recover_data import (
    BASE,
    MARK,
    Runner,
    assert_one_line_error,
    expected_after,
    is_damaged,
    iso,
    make_records,
    normalise,
)


def make_db(path: Path, records: list[dict[str, Any]], table: str = "events") -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)")
    conn.executemany(
        f"INSERT INTO {table} VALUES (?, ?)", [(r["id"], json.dumps(r)) for r in records]
    )
    conn.commit()
    conn.close()
    return path


def read_db(path: Path, table: str = "events") -> list[dict[str, Any]]:
    conn = sqlite3.connect(path)
    rows = [json.loads(doc) for (doc,) in conn.execute(f"SELECT doc FROM {table} ORDER BY id")]
    conn.close()
    return rows


def url(path: Path, table: str = "events", column: str = "doc") -> str:
    return f"sqlite:///{path}?table={table}&column={column}"


def report_lines(cwd: Path) -> list[dict[str, Any]]:
    reports = list((cwd / ".lostwrite").glob("*.report.jsonl"))
    assert len(reports) == 1, reports
    return [json.loads(line) for line in reports[0].read_text().splitlines()]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return make_db(tmp_path / "turns.db", make_records(60))


def test_dry_run_prints_count_sample_and_window_and_writes_nothing(
    run: Runner, db: Path, tmp_path: Path
) -> None:
    before = (db.read_bytes(), db.stat().st_mtime_ns)
    since, until = iso(BASE + 60 * 10), iso(BASE + 60 * 50)
    result = run(
        url(db), "--pattern", "045", "--enrich", "recover_enrichers:verdict",
        "--since", since, "--until", until,
    )  # fmt: skip
    assert result.code == 0, result.err
    damaged = [r for r in make_records(60) if is_damaged(r) and 10 <= r["id"] < 50]
    assert f"damaged:   {len(damaged)} record(s) would be enriched" in result.out
    assert f"window:    [{since}, {until}) on ts" in result.out
    assert "predicate: LW045: would_have_asked=true AND classifier_verdict missing" in result.out
    assert f"sample (5 of {len(damaged)}):" in result.out
    first = damaged[0]["id"]
    assert f'id={first}: classifier_verdict="verdict-{first}"' in result.out
    assert "dry run, nothing written" in result.out
    assert (db.read_bytes(), db.stat().st_mtime_ns) == before
    assert not (tmp_path / ".lostwrite").exists()


def test_apply_sets_exactly_the_missing_fields_in_the_window(
    run: Runner, db: Path, tmp_path: Path
) -> None:
    records = make_records(60)
    result = run(
        url(db), "--pattern", "LW045", "--enrich", "recover_enrichers:overreach", "--apply",
        "--since", iso(BASE + 60 * 10), "--until", iso(BASE + 60 * 50), "--batch", "7",
    )  # fmt: skip
    assert result.code == 0, result.err

    def in_window(r: dict[str, Any]) -> bool:
        return is_damaged(r) and 10 <= r["id"] < 50  # half-open: id 50 (== until) excluded

    assert normalise(read_db(db)) == expected_after(records, select=in_window)
    recovered = sum(map(in_window, records))
    assert f"recover: {recovered} record(s) recovered ({recovered} field(s) set)" in result.out
    lines = report_lines(tmp_path)
    sets = [line for line in lines if line["event"] == "set"]
    assert len(sets) == recovered
    assert all(line["kept"] == ["text", "would_have_asked"] for line in sets)
    assert [line["event"] for line in (lines[0], lines[-1])] == ["start", "end"]
    assert not list((tmp_path / ".lostwrite").glob("*.checkpoint.json"))

    again = run(url(db), "--pattern", "LW045", "--enrich", "recover_enrichers:verdict", "--apply")
    assert again.code == 0, again.err
    # the rest of the table (outside the window) is repaired by the second pass; nothing twice
    assert normalise(read_db(db)) == expected_after(records)
    assert f"{sum(map(is_damaged, records)) - recovered} record(s) recovered" in again.out


def test_a_concurrent_writer_that_fills_the_field_first_wins(
    run: Runner, db: Path, tmp_path: Path
) -> None:
    result = run(
        url(db), "--pattern", "LW045", "--enrich", "recover_enrichers:race", "--apply",
        env={"RACE_ID": "8", "RACE_TARGET": f"sqlite:{db}|events"},
    )  # fmt: skip
    assert result.code == 0, result.err
    rows = {r["id"]: r for r in read_db(db)}
    assert rows[8]["classifier_verdict"] == "from-writer"
    assert MARK not in rows[8]
    assert rows[11]["classifier_verdict"] == "verdict-11"
    skipped = [line for line in report_lines(tmp_path) if line["event"] == "skipped"]
    assert [(s["key"], "repaired meanwhile" in s["reason"]) for s in skipped] == [(8, True)]


def test_an_enrichment_failure_is_reported_with_its_key_and_the_run_goes_on(
    run: Runner, db: Path, tmp_path: Path
) -> None:
    records = make_records(60)
    result = run(url(db), "--pattern", "LW045", "--enrich", "recover_enrichers:flaky", "--apply")
    assert result.code == 1
    failing = [r["id"] for r in records if is_damaged(r) and r["id"] % 4 == 0]
    for record_id in failing:
        assert (
            f"lostwrite: recover: id={record_id}: enrichment failed: "
            f"RuntimeError: classifier down for {record_id}"
        ) in result.err
    assert f"{len(failing)} failed" in result.out
    assert normalise(read_db(db)) == expected_after(
        records, select=lambda r: is_damaged(r) and r["id"] % 4 != 0
    )
    failed = [line["key"] for line in report_lines(tmp_path) if line["event"] == "failed"]
    assert failed == failing


def test_kill_9_mid_run_then_resume_ends_like_an_uninterrupted_run(
    run: Runner, tmp_path: Path
) -> None:
    records = make_records(400)
    killed = make_db(tmp_path / "killed.db", records)
    clean = make_db(tmp_path / "clean.db", records)
    args = ["--pattern", "LW045", "--enrich", "recover_enrichers:verdict", "--apply"]
    run.kill_at(url(killed), *args, "--batch", "20", record_id=253)
    partial = normalise(read_db(killed))
    assert partial != normalise(records) and partial != expected_after(records)  # mid-run
    assert list((tmp_path / ".lostwrite").glob("*.checkpoint.json"))

    resumed = run(url(killed), *args, "--batch", "20")
    assert resumed.code == 0, resumed.err
    assert "resuming run" in resumed.err
    assert run(url(clean), *args).code == 0
    assert normalise(read_db(killed)) == normalise(read_db(clean)) == expected_after(records)
    # every change is in the report of the interrupted run, once the run is complete
    reports = sorted((tmp_path / ".lostwrite").glob("*.report.jsonl"))
    lines = [json.loads(x) for p in reports for x in p.read_text().splitlines()]
    run_ids = {line["run"] for line in lines if line["event"] == "start"}
    assert len(run_ids) == 2  # the killed-and-resumed run keeps one id, the clean run another
    set_keys = {line["key"] for line in lines if line["event"] == "set"}
    assert set_keys == {r["id"] for r in records if is_damaged(r)}


def test_the_report_is_enough_to_undo_every_change(run: Runner, db: Path, tmp_path: Path) -> None:
    original = read_db(db)
    result = run(url(db), "--pattern", "LW045", "--enrich", "recover_enrichers:verdict_async",
                 "--apply", "--batch", "9")  # fmt: skip
    assert result.code == 0, result.err
    rows = {r["id"]: r for r in read_db(db)}
    assert rows[1]["meta"] == {"score": 1} and rows[1]["classifier_verdict"] == "verdict-1"
    for line in reversed(report_lines(tmp_path)):
        if line["event"] != "set":
            continue
        record = rows[line["key"]]
        for step in line["undo"]:
            *parents, last = step["path"]
            node = record
            for part in parents:
                node = node[part]
            if step.get("delete"):
                del node[last]
            else:
                node[last] = step["restore"]
    assert [rows[r["id"]] for r in original] == original


def test_null_is_not_missing(run: Runner, db: Path) -> None:
    records = make_records(60)
    result = run(
        url(db), "--when", "would_have_asked=true", "--null", "classifier_verdict",
        "--enrich", "recover_enrichers:verdict", "--apply", "--mark", "_fixed",
    )  # fmt: skip
    assert result.code == 0, result.err

    def explicit_null(r: dict[str, Any]) -> bool:
        return r["would_have_asked"] is True and r.get("classifier_verdict", 0) is None

    assert sum(map(explicit_null, records)) > 0
    assert normalise(read_db(db), "_fixed") == expected_after(
        records, select=explicit_null, mark="_fixed", pattern=None
    )


def test_no_mark_and_rowid_key(run: Runner, tmp_path: Path) -> None:
    records = make_records(30)
    path = tmp_path / "bare.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE log (doc TEXT)")
    conn.executemany("INSERT INTO log VALUES (?)", [(json.dumps(r),) for r in records])
    conn.commit()
    conn.close()
    args = [url(path, "log"), "--pattern", "LW045", "--enrich", "recover_enrichers:verdict"]
    no_id = run(*args, "--apply")
    assert_one_line_error(no_id, "--key id: table 'log' has no such column")
    result = run(*args, "--apply", "--key", "rowid", "--no-mark", "--batch", "4")
    assert result.code == 0, result.err
    conn = sqlite3.connect(path)
    rows = [json.loads(doc) for (doc,) in conn.execute("SELECT doc FROM log ORDER BY rowid")]
    conn.close()
    assert rows == expected_after(records, mark=None)


def _error_cases(tmp_path: Path, db: Path) -> list[tuple[list[str], str]]:
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE nums (id INTEGER PRIMARY KEY, n INTEGER)")
    conn.execute("CREATE TABLE plain (id INTEGER PRIMARY KEY, doc TEXT)")
    conn.execute("INSERT INTO plain VALUES (1, 'hello, not json')")
    conn.execute("CREATE TABLE dup (k TEXT, doc TEXT)")
    conn.commit()
    conn.close()
    (tmp_path / "broken_enrich.py").write_text("raise ImportError('no classifier here')\n")
    (tmp_path / "not_a_db.db").write_text("just text\n" * 100)
    ok = "recover_enrichers:verdict"
    return [
        ([f"sqlite:///{db}", "--enrich", ok], "expected sqlite:///path.db?table=T&column=C"),
        ([f"sqlite:///{db}?table=events&column=doc&x=1", "--enrich", ok], "unknown parameter"),
        ([url(tmp_path / "missing.db"), "--enrich", ok], "no SQLite database at"),
        ([url(tmp_path / "not_a_db.db"), "--enrich", ok], "cannot open"),
        ([url(db, "nope"), "--enrich", ok], "no table 'nope'"),
        ([url(db, "events", "body"), "--enrich", ok], "has no column 'body'"),
        ([url(db, "nums", "n"), "--enrich", ok], "column 'n' is INTEGER, not JSON text"),
        ([url(db, "plain", "doc"), "--enrich", ok], "does not hold JSON objects"),
        ([url(db, "dup", "doc"), "--key", "k", "--enrich", ok], "must be unique"),
        ([url(db), "--enrich", "broken_enrich:fix"], "cannot import broken_enrich: ImportError"),
        ([url(db), "--enrich", "no_such_module:fix"], "cannot import no_such_module"),
        ([url(db), "--enrich", "recover_enrichers:nope"], "has no attribute 'nope'"),
        ([url(db), "--enrich", "just_a_module"], "expects MODULE:FUNCTION"),
        ([url(db), "--enrich", ok, "--since", "last tuesday"], "--since 'last tuesday'"),
        ([url(db), "--enrich", ok, "--rewrite"], "--rewrite applies to JSONL logs only"),
        ([url(db), "--enrich", ok, "--batch", "0"], "--batch expects a positive number or auto"),
        ([url(db), "--enrich", ok, "--mark", 'a"b'], "--mark"),
        (["mysql://db/x?table=t&column=c", "--enrich", ok], "unsupported source mysql://"),
        ([url(db), "--pattern", "LW999", "--enrich", ok], "LW999"),
    ]


def test_bad_input_is_one_line_exit_2_and_nothing_written(
    run: Runner, db: Path, tmp_path: Path
) -> None:
    cases = _error_cases(tmp_path, db)
    before = db.read_bytes()
    for args, needle in cases:
        if "--pattern" not in args:
            args = [*args, "--pattern", "LW045"]
        result = run(*args, "--apply")
        assert_one_line_error(result, needle)
        assert db.read_bytes() == before, args
        assert not (tmp_path / ".lostwrite").exists(), args
