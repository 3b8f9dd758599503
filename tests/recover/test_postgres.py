"""``lostwrite recover`` against a real PostgreSQL server (see tests/conftest.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from recover_data import (
    BASE,
    HERE,
    MARK,
    Runner,
    assert_one_line_error,
    expected_after,
    is_damaged,
    iso,
    make_records,
    normalise,
)

psycopg = pytest.importorskip("psycopg")


def make_table(
    url: str,
    records: list[dict[str, Any]],
    *,
    coltype: str = "jsonb",
    time_column: bool = False,
) -> str:
    table = f"turns_{uuid.uuid4().hex[:8]}"
    ts = ", ts timestamptz" if time_column else ""
    with psycopg.connect(url) as conn:
        conn.execute(f"CREATE TABLE {table} (id bigint PRIMARY KEY, doc {coltype}{ts})")
        with conn.cursor() as cur:
            cur.executemany(
                f"INSERT INTO {table} VALUES (%s, %s{', %s' if time_column else ''})",
                [(r["id"], json.dumps(r), *([r["ts"]] if time_column else [])) for r in records],
            )
    return table


def read_table(url: str, table: str) -> list[dict[str, Any]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(f"SELECT doc::text FROM {table} ORDER BY id").fetchall()
    return [json.loads(doc) for (doc,) in rows]


def versions(url: str, table: str) -> list[tuple[str, str]]:
    """Every row's version id and text: unchanged means no UPDATE touched it."""
    with psycopg.connect(url) as conn:
        return conn.execute(f"SELECT xmin::text, doc::text FROM {table} ORDER BY id").fetchall()


def source(url: str, table: str, column: str = "doc") -> str:
    return f"{url}?table={table}&column={column}"


def test_dry_run_writes_nothing(run: Runner, postgres_db: str, tmp_path: Path) -> None:
    table = make_table(postgres_db, make_records(80))
    before = versions(postgres_db, table)
    result = run(source(postgres_db, table), "--pattern", "LW045",
                 "--enrich", "recover_enrichers:verdict", "--batch", "9")  # fmt: skip
    assert result.code == 0, result.err
    damaged = sum(map(is_damaged, make_records(80)))
    assert f"damaged:   {damaged} record(s) would be enriched" in result.out
    assert 'id=1: classifier_verdict="verdict-1"' in result.out
    assert versions(postgres_db, table) == before
    assert not (tmp_path / ".lostwrite").exists()


@pytest.mark.parametrize("coltype", ["jsonb", "json"])
def test_apply_sets_exactly_the_missing_fields(
    run: Runner, postgres_db: str, coltype: str, tmp_path: Path
) -> None:
    records = make_records(120)
    table = make_table(postgres_db, records, coltype=coltype)
    since, until = iso(BASE + 60 * 20), iso(BASE + 60 * 100)
    result = run(
        source(postgres_db, table), "--pattern", "LW045", "--apply", "--batch", "11",
        "--enrich", "recover_enrichers:overreach", "--since", since, "--until", until,
    )  # fmt: skip
    assert result.code == 0, result.err

    def in_window(r: dict[str, Any]) -> bool:
        return is_damaged(r) and 20 <= r["id"] < 100

    assert normalise(read_table(postgres_db, table)) == expected_after(records, select=in_window)
    count = sum(map(in_window, records))
    assert f"recover: {count} record(s) recovered ({count} field(s) set)" in result.out


def test_nested_fields_and_async_enrichment(run: Runner, postgres_db: str) -> None:
    records = make_records(40)
    for record in records[::2]:
        record["meta"] = {"source": "api"}
    table = make_table(postgres_db, records)
    result = run(source(postgres_db, table), "--pattern", "LW045", "--apply",
                 "--enrich", "recover_enrichers:verdict_async")  # fmt: skip
    assert result.code == 0, result.err

    def fields(r: dict[str, Any]) -> dict[str, Any]:
        meta = {**r.get("meta", {}), "score": r["id"] % 10}
        return {"classifier_verdict": f"verdict-{r['id']}", "meta": meta}

    assert normalise(read_table(postgres_db, table)) == expected_after(records, fields=fields)


def test_selection_tells_missing_from_null_at_any_depth(run: Runner, postgres_db: str) -> None:
    docs = [
        {"id": 1, "meta": {"v": 1}},
        {"id": 2, "meta": {}},
        {"id": 3},
        {"id": 4, "meta": {"v": None}},
        {"id": 5, "meta": [{"v": 1}]},
        {"id": 6, "meta": "v"},
        {"id": 7, "v": None},
        {"id": 8, "v": 0},
        {"id": 9, "v": False},
    ]
    table = make_table(postgres_db, docs)
    expectations = {
        ("--missing", "meta.v"): 7,  # 2, 3, 5, 6 (no object on the way), 7, 8, 9
        ("--null", "meta.v"): 1,  # 4
        ("--missing-or-null", "meta.v"): 8,
        ("--missing", "v"): 6,  # 1-6
        ("--null", "v"): 1,  # 7
        ("--missing-or-null", "v"): 7,
        ("--when", "v=false"): 1,  # 9, not 8: JSON false is not 0
        ("--when", "v=0"): 1,  # 8
    }
    for (option, value), count in expectations.items():
        result = run(source(postgres_db, table), option, value,
                     "--enrich", "recover_enrichers:nothing", "--sample", "0")  # fmt: skip
        assert result.code == 0, result.err
        assert f"damaged:   {count} record(s)" in result.out, (option, value, result.out)


def test_a_concurrent_writer_that_commits_first_wins(
    run: Runner, postgres_db: str, tmp_path: Path
) -> None:
    records = make_records(50)
    table = make_table(postgres_db, records)
    result = run(
        source(postgres_db, table), "--pattern", "LW045", "--apply",
        "--enrich", "recover_enrichers:race",
        env={"RACE_ID": "8", "RACE_TARGET": f"postgres:{postgres_db}|{table}"},
    )  # fmt: skip
    assert result.code == 0, result.err
    rows = {r["id"]: r for r in read_table(postgres_db, table)}
    assert rows[8]["classifier_verdict"] == "from-writer" and MARK not in rows[8]
    assert normalise([r for r in rows.values() if r["id"] != 8]) == [
        r for r in expected_after(records) if r["id"] != 8
    ]


def test_a_concurrent_writer_holding_the_row_lock_wins(
    postgres_db: str, tmp_path: Path, run: Runner
) -> None:
    records = make_records(50)
    table = make_table(postgres_db, records)
    gate = tmp_path / "gate"
    gate.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "lostwrite", "recover", source(postgres_db, table),
         "--pattern", "LW045", "--apply", "--enrich", "recover_enrichers:gate"],
        cwd=tmp_path, env={**run.env, "GATE_ID": "11", "GATE_DIR": str(gate)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while not (gate / "reached").exists():
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        with psycopg.connect(postgres_db) as writer, psycopg.connect(postgres_db) as observer:
            writer.execute(
                f"UPDATE {table} SET doc = jsonb_set(doc, '{{classifier_verdict}}', "
                "'\"from-writer\"') WHERE id = 11"
            )  # not committed yet: the row stays locked
            (gate / "go").touch()
            observer.autocommit = True
            waiting = 0
            while not waiting and time.monotonic() < deadline:
                (waiting,) = observer.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                    "AND datname = current_database()"
                ).fetchone()
                time.sleep(0.02)
            assert waiting == 1  # recover is blocked on the writer's row lock
            assert process.poll() is None
            writer.commit()
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 0, err
    rows = {r["id"]: r for r in read_table(postgres_db, table)}
    assert rows[11]["classifier_verdict"] == "from-writer" and MARK not in rows[11]
    assert rows[13]["classifier_verdict"] == "verdict-13"
    assert "1 skipped" in out


def test_kill_9_mid_run_then_resume_ends_like_an_uninterrupted_run(
    run: Runner, postgres_db: str, tmp_path: Path
) -> None:
    records = make_records(400)
    killed, clean = make_table(postgres_db, records), make_table(postgres_db, records)
    args = ["--pattern", "LW045", "--enrich", "recover_enrichers:verdict", "--apply"]
    run.kill_at(source(postgres_db, killed), *args, "--batch", "25", record_id=307)
    partial = normalise(read_table(postgres_db, killed))
    assert partial != records and partial != expected_after(records)
    resumed = run(source(postgres_db, killed), *args, "--batch", "25")
    assert resumed.code == 0, resumed.err
    assert "resuming run" in resumed.err
    assert run(source(postgres_db, clean), *args, "--batch", "1000").code == 0
    final = normalise(read_table(postgres_db, killed))
    assert final == normalise(read_table(postgres_db, clean)) == expected_after(records)


def test_a_timestamp_column_window_is_pushed_into_sql(run: Runner, postgres_db: str) -> None:
    records = make_records(90)
    table = make_table(postgres_db, records, time_column=True)
    # epoch bounds against a timestamptz column: [id 30, id 60)
    result = run(
        source(postgres_db, table), "--pattern", "LW045", "--apply",
        "--enrich", "recover_enrichers:verdict",
        "--since", str(BASE + 60 * 30), "--until", str((BASE + 60 * 60) * 1000),
    )  # fmt: skip
    assert result.code == 0, result.err

    def in_window(r: dict[str, Any]) -> bool:
        return is_damaged(r) and 30 <= r["id"] < 60

    assert normalise(read_table(postgres_db, table)) == expected_after(records, select=in_window)


def test_bad_input_is_one_line_exit_2_and_nothing_written(
    run: Runner, postgres_db: str, tmp_path: Path
) -> None:
    table = make_table(postgres_db, make_records(20))
    with psycopg.connect(postgres_db) as conn:
        conn.execute(f"CREATE TABLE plain_{table} (id bigint PRIMARY KEY, doc text)")
        conn.execute(f"CREATE TABLE dup_{table} (k bigint, doc jsonb)")
    before = versions(postgres_db, table)
    (tmp_path / "broken_enrich.py").write_text("import does_not_exist_anywhere\n")
    closed_port = "postgresql://postgres@127.0.0.1:1/nowhere"
    ok = "recover_enrichers:verdict"
    cases = [
        ([postgres_db, "--enrich", ok], "expected postgresql://…/db?table=T&column=C"),
        ([source(closed_port, table), "--enrich", ok], "cannot connect"),
        ([source(postgres_db, "no_such_table"), "--enrich", ok], "no table 'no_such_table'"),
        ([source(postgres_db, table, "body"), "--enrich", ok], "has no column 'body'"),
        ([source(postgres_db, f"plain_{table}"), "--enrich", ok], "is text, not json or jsonb"),
        ([source(postgres_db, f"dup_{table}"), "--key", "k", "--enrich", ok], "must be unique"),
        ([source(postgres_db, table), "--key", "nope", "--enrich", ok], "--key nope"),
        ([source(postgres_db, table), "--enrich", "broken_enrich:fix"],
         "cannot import broken_enrich: ModuleNotFoundError"),
    ]  # fmt: skip
    for args, needle in cases:
        result = run(*args, "--pattern", "LW045", "--apply")
        assert_one_line_error(result, needle)
        assert not (tmp_path / ".lostwrite").exists(), args
    assert versions(postgres_db, table) == before


def test_without_psycopg_the_error_says_what_to_install(postgres_db: str, tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from lostwrite.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "recover", source(postgres_db, "t"),
         "--pattern", "LW045", "--enrich", "recover_enrichers:verdict"],
        cwd=tmp_path, env={"PYTHONPATH": str(HERE), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "lostwrite: error: PostgreSQL sources need psycopg: install lostwrite[postgres]"
    )


def test_a_dropped_connection_stops_cleanly_and_the_rerun_resumes(
    run: Runner, postgres_db: str, tmp_path: Path
) -> None:
    records = make_records(400)
    table = make_table(postgres_db, records)
    gate = tmp_path / "gate"
    gate.mkdir()
    args = [source(postgres_db, table), "--pattern", "LW045", "--apply", "--batch", "20"]
    process = subprocess.Popen(
        [sys.executable, "-m", "lostwrite", "recover", *args,
         "--enrich", "recover_enrichers:gate"],
        cwd=tmp_path, env={**run.env, "GATE_ID": "202", "GATE_DIR": str(gate)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while not (gate / "reached").exists():
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        with psycopg.connect(postgres_db, autocommit=True) as admin:
            (dropped,) = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND backend_type = 'client backend'"
            ).fetchone()
        assert dropped == 1
        (gate / "go").touch()
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lostwrite: error: recover stopped: ")
    assert "rerun the same command to resume" in lines[0]
    partial = normalise(read_table(postgres_db, table))
    assert partial != expected_after(records)
    resumed = run(*args, "--enrich", "recover_enrichers:verdict")
    assert resumed.code == 0, resumed.err
    assert "resuming run" in resumed.err
    assert normalise(read_table(postgres_db, table)) == expected_after(records)
