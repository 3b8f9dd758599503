"""``watch --once``: selection, signals, summary, exit codes, resuming, usage errors."""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

import orjson
import pytest

from lostwrite.catalog import toml_writer
from lostwrite.catalog.loader import PATTERNS_DIR
from tests.watch.conftest import WatchDir, lost, row


def mixed_log(wd: WatchDir) -> None:
    wd.append(
        lost(1),
        row(2, asked=True),  # has a verdict
        row(3, asked=True, verdict=None),  # verdict present but null: not "missing"
        row(4, verdict=...),  # not asked
        lost(5, ts="2026-01-01T00:00:00Z"),
    )


def test_pattern_signals_only_matching_rows(wd: WatchDir) -> None:
    mixed_log(wd)
    result = wd.once()
    assert result.returncode == 1, result.stderr
    signals = wd.signal_rows()
    assert [s["fields"]["id"] for s in signals] == ["t1", "t5"]
    first_len = len(lost(1)) + len(row(2, asked=True)) + len(row(3, asked=True, verdict=None))
    last = signals[1]
    assert last["pattern"] == "LW045"
    assert last["offset"] == first_len + len(row(4, verdict=...))
    assert last["line_no"] == 5
    assert last["log"] == str(wd.log)
    assert last["fields"] == {"id": "t5", "ts": "2026-01-01T00:00:00Z", "would_have_asked": True}
    assert last["predicate"] == "would_have_asked=true AND classifier_verdict missing"
    assert last["ts"].endswith("Z")
    assert "LW045 match in" in result.stderr and ":5 (offset" in result.stderr
    assert "5 rows read from 1 log, 2 matches, 0 malformed" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--when", "would_have_asked=true", "--missing", "classifier_verdict"), ["t1", "t5"]),
        (("--when", "would_have_asked=true", "--null", "classifier_verdict"), ["t3"]),
        (
            ("--when", "would_have_asked=true", "--missing-or-null", "classifier_verdict"),
            ["t1", "t3", "t5"],
        ),
        (("--missing", "classifier_verdict"), ["t1", "t4", "t5"]),
        (("--pattern", "LW045", "--when", 'id="t5"'), ["t5"]),
    ],
)
def test_ad_hoc_predicates(wd: WatchDir, args: tuple[str, ...], expected: list[str]) -> None:
    mixed_log(wd)
    result = wd.once(*args)
    assert result.returncode == 1, result.stderr
    assert wd.signalled_ids() == expected
    label = "LW045" if "--pattern" in args else "ad-hoc"
    assert {s["pattern"] for s in wd.signal_rows()} == {label}


def test_dotted_paths(wd: WatchDir) -> None:
    wd.append(
        orjson.dumps({"id": "a", "meta": {"asked": True}}) + b"\n",
        orjson.dumps({"id": "b", "meta": {"asked": True, "verdict": "ok"}}) + b"\n",
        orjson.dumps({"id": "c", "meta": {"asked": 1}}) + b"\n",  # 1 is not true
    )
    result = wd.once("--when", "meta.asked=true", "--missing", "meta.verdict")
    assert result.returncode == 1, result.stderr
    assert wd.signalled_ids() == ["a"]


def test_escaped_keys_written_by_python_json_still_match(wd: WatchDir) -> None:
    # json.dumps escapes non-ASCII keys; the byte prefilter must not drop such rows.
    wd.append(
        (json.dumps({"id": "x", "clé": True}) + "\n").encode(),
        (json.dumps({"id": "y", "clé": False}, ensure_ascii=False) + "\n").encode(),
    )
    result = wd.once("--when", "clé=true")
    assert result.returncode == 1, result.stderr
    assert wd.signalled_ids() == ["x"]


def test_spaced_json_and_crlf_lines(wd: WatchDir) -> None:
    wd.append(b'{"id": "s1", "would_have_asked" :  true}\r\n', b'{"id":"s2"}\r\n')
    result = wd.once()
    assert result.returncode == 1, result.stderr
    assert wd.signalled_ids() == ["s1"]
    assert "2 rows read" in result.stderr


def test_second_run_reads_only_new_rows(wd: WatchDir) -> None:
    wd.append(lost(1), row(2))
    assert wd.once().returncode == 1
    again = wd.once()
    assert again.returncode == 0, again.stderr
    assert "0 rows read from 1 log, 0 matches" in again.stderr
    wd.append(row(3), lost(4))
    third = wd.once()
    assert third.returncode == 1
    assert "2 rows read" in third.stderr
    assert wd.signalled_ids() == ["t1", "t4"]
    saved = wd.saved()["logs"][str(wd.log)]["current"]
    assert saved["offset"] == wd.log.stat().st_size
    assert saved["line_no"] == 4
    assert saved["ino"] == wd.log.stat().st_ino
    assert saved["fingerprint_len"] == wd.log.stat().st_size  # shorter than 1 KiB
    assert not [p for p in wd.state.parent.iterdir() if p.name.endswith(".tmp")]


def test_partial_last_line_waits_until_complete(wd: WatchDir) -> None:
    wd.append(lost(1))
    tail = lost(2)
    wd.append(tail[:20])
    assert wd.once().returncode == 1
    assert wd.signalled_ids() == ["t1"]
    assert wd.saved()["logs"][str(wd.log)]["current"]["offset"] == len(lost(1))
    wd.append(tail[20:])
    result = wd.once()
    assert result.returncode == 1, result.stderr
    assert wd.signalled_ids() == ["t1", "t2"]
    assert wd.signal_rows()[1]["offset"] == len(lost(1))


def test_missing_log_in_once_mode_is_not_an_error(wd: WatchDir) -> None:
    result = wd.once()
    assert result.returncode == 0, result.stderr
    assert "app.jsonl: does not exist (yet)" in result.stderr
    assert "0 rows read" in result.stderr


def test_several_logs_and_relative_paths(wd: WatchDir) -> None:
    other = wd.root / "other.jsonl"
    wd.append(lost(1))
    wd.append(lost(2), path=other)
    result = wd.once(logs=("app.jsonl", "other.jsonl", "./app.jsonl"))
    assert result.returncode == 1, result.stderr
    assert sorted(wd.signalled_ids()) == ["t1", "t2"]
    assert "from 2 logs" in result.stderr
    assert {s["log"] for s in wd.signal_rows()} == {"app.jsonl", "other.jsonl"}


def catalog_without_runtime(root: Path) -> Path:
    """A catalog directory with LW900: LW045's text under a new code, without a runtime predicate."""
    data = tomllib.loads((PATTERNS_DIR / "LW045.toml").read_text())
    data.update(code="LW900", slug="no-runtime-here", aliases=[])
    del data["signature"]["runtime"]
    directory = root / "patterns"
    directory.mkdir()
    (directory / "LW900.toml").write_text(toml_writer.dumps(data))
    return directory


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--interval", "0"), "--interval must be a positive number"),
        (("--interval", "nan"), "--interval must be a positive number"),
        (("--pattern", "LW999"), "unknown pattern 'LW999'"),
        (("--when", "would_have_asked"), "--when expects FIELD=JSON"),
        (("--when", "x=notjson"), "the value must be JSON"),
    ],
)
def test_usage_errors(wd: WatchDir, args: tuple[str, ...], message: str) -> None:
    wd.append(lost(1))
    result = wd.once(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not wd.signals.exists()


def test_no_predicate_is_a_usage_error(wd: WatchDir) -> None:
    result = wd.once(default_pattern=False)
    assert result.returncode == 2
    assert "give --pattern or at least one of" in result.stderr


def test_pattern_without_runtime_predicate(wd: WatchDir) -> None:
    directory = catalog_without_runtime(wd.root)
    result = wd.once("--catalog", str(directory), "--pattern", "LW900")
    assert result.returncode == 2, result.stderr
    assert "LW900 has no runtime predicate" in result.stderr


def test_directory_as_log_is_a_usage_error(wd: WatchDir) -> None:
    result = wd.once(logs=(str(wd.root),))
    assert result.returncode == 2
    assert "is a directory" in result.stderr


def test_corrupt_state_is_reported_and_kept(wd: WatchDir) -> None:
    wd.append(lost(1))
    wd.state.parent.mkdir(parents=True)
    wd.state.write_text('{"version": 1, "logs": {"x": {"current": {"offset": -1}}}}')
    before = wd.state.read_bytes()
    result = wd.once()
    assert result.returncode == 2
    assert "is not a watch state" in result.stderr
    assert "Traceback" not in result.stderr
    assert wd.state.read_bytes() == before


def test_fifo_as_log_is_a_read_error(wd: WatchDir) -> None:
    os.mkfifo(wd.log)
    result = wd.once()
    assert result.returncode == 2
    assert "app.jsonl: not a regular file" in result.stderr
    assert "1 read errors" in result.stderr
