"""``lostwrite recover`` on a JSONL log: side file by default, atomic ``--rewrite`` on request."""

from __future__ import annotations

import json
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

LW045 = ["--pattern", "LW045", "--enrich", "recover_enrichers:verdict"]


def write_log(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def side(log: Path) -> Path:
    return log.with_name(log.name + ".recovered.jsonl")


@pytest.fixture
def log(tmp_path: Path) -> Path:
    return write_log(tmp_path / "turns.jsonl", make_records(60))


def test_dry_run_writes_nothing(run: Runner, log: Path, tmp_path: Path) -> None:
    before = log.read_bytes()
    result = run(str(log), *LW045)
    assert result.code == 0, result.err
    assert f"damaged:   {sum(map(is_damaged, make_records(60)))} record(s)" in result.out
    assert log.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["turns.jsonl"]


def test_corrections_go_to_the_side_file_and_the_log_is_untouched(
    run: Runner, log: Path, tmp_path: Path
) -> None:
    records = make_records(60)
    with log.open("a") as handle:  # noise a real log has: junk, a record without key
        handle.write("not json at all\n")
        handle.write(json.dumps({"would_have_asked": True, "ts": iso(BASE)}) + "\n")
    before = log.read_bytes()
    since = iso(BASE + 60 * 12)
    result = run(str(log), *LW045, "--apply", "--since", since, "--batch", "5")
    assert result.code == 0, result.err
    assert log.read_bytes() == before

    def wanted(r: dict[str, Any]) -> bool:
        return is_damaged(r) and r["id"] >= 12

    ids = {r["id"] for r in records if wanted(r)}
    corrected = [r for r in expected_after(records, select=wanted) if r["id"] in ids]
    assert normalise(read_jsonl(side(log))) == corrected

    again = run(str(log), *LW045, "--apply", "--since", since)
    assert again.code == 0, again.err
    assert "0 record(s) recovered" in again.out
    assert f"{len(corrected)} skipped" in again.out  # already corrected: never twice
    assert normalise(read_jsonl(side(log))) == corrected


def test_only_the_latest_line_of_a_key_counts(run: Runner, tmp_path: Path) -> None:
    lines = [
        {"id": 1, "would_have_asked": True},  # fixed by a later line
        {"id": 2, "would_have_asked": True, "classifier_verdict": "ok"},  # damaged later
        {"id": 1, "would_have_asked": True, "classifier_verdict": "late"},
        {"id": 2, "would_have_asked": True, "text": "second"},
        {"id": 3, "would_have_asked": True},
    ]
    log = write_log(tmp_path / "log.jsonl", lines)
    result = run(str(log), *LW045, "--apply", "--no-mark")
    assert result.code == 0, result.err
    assert read_jsonl(side(log)) == [
        {"id": 2, "would_have_asked": True, "text": "second", "classifier_verdict": "verdict-2"},
        {"id": 3, "would_have_asked": True, "classifier_verdict": "verdict-3"},
    ]


def test_a_line_appended_during_the_run_wins_and_rewrite_keeps_it(run: Runner, log: Path) -> None:
    records = make_records(60)
    inode = log.stat().st_ino
    result = run(
        str(log), "--pattern", "LW045", "--enrich", "recover_enrichers:race", "--apply",
        "--rewrite", "--batch", "4",
        env={"RACE_ID": "8", "RACE_TARGET": f"jsonl:{log}"},
    )  # fmt: skip
    assert result.code == 0, result.err
    appended = {"id": 8, "would_have_asked": True, "classifier_verdict": "from-writer"}
    expected = expected_after(records, select=lambda r: is_damaged(r) and r["id"] != 8)
    assert normalise(read_jsonl(log)) == [*expected, appended]
    assert log.stat().st_ino != inode  # swapped in by rename, not edited in place
    assert not side(log).exists()
    kept_lines = [json.dumps(r) for r in records if not (is_damaged(r) and r["id"] != 8)]
    untouched = [line for line in log.read_text().splitlines() if MARK not in line]
    assert untouched[:-1] == kept_lines  # byte for byte, the appended line last
    assert "rewrite: replaced" in result.out


def test_rewrite_is_refused_when_the_log_changed_meanwhile(run: Runner, log: Path) -> None:
    result = run(
        str(log), "--pattern", "LW045", "--enrich", "recover_enrichers:tamper", "--apply",
        "--rewrite", env={"TAMPER_ID": "11", "TAMPER_LOG": str(log)},
    )  # fmt: skip
    assert result.code == 1
    assert "changed while it was being rewritten; not swapped" in result.err
    assert log.read_text().startswith('{"id": 1, "ts": "2024-05-01T00:01:00Z", "text": "TURN 1"')
    assert MARK not in log.read_text()
    assert len(read_jsonl(side(log))) == sum(map(is_damaged, make_records(60)))
    assert not list(log.parent.glob("*.tmp"))


def test_kill_9_then_resume_gives_the_same_side_file(run: Runner, tmp_path: Path) -> None:
    records = make_records(300)
    killed = write_log(tmp_path / "killed.jsonl", records)
    clean = write_log(tmp_path / "clean.jsonl", records)
    run.kill_at(str(killed), *LW045, "--apply", "--batch", "10", record_id=202)
    done_before_kill = read_jsonl(side(killed))
    assert 0 < len(done_before_kill) < sum(map(is_damaged, records))
    with side(killed).open("ab") as handle:
        handle.write(b'{"id": 202, "classifier_ver')  # a write torn by the crash
    resumed = run(str(killed), *LW045, "--apply", "--batch", "10")
    assert resumed.code == 0, resumed.err
    assert run(str(clean), *LW045, "--apply").code == 0
    ids = {r["id"] for r in records if is_damaged(r)}
    corrected = [r for r in expected_after(records) if r["id"] in ids]
    assert normalise(read_jsonl(side(killed))) == normalise(read_jsonl(side(clean))) == corrected


def test_missing_file_is_a_usage_error(run: Runner, tmp_path: Path) -> None:
    assert_one_line_error(run(str(tmp_path / "nope.jsonl"), *LW045), "no such file")
