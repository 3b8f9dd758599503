"""``kill -9`` at random points, then restarts: every match signalled exactly once.

A real ``lostwrite watch`` works through a large log while a writer keeps appending (and
leaves a half-written line at the end of each burst); it is killed with SIGKILL at random
moments several times, then a final ``--once`` run finishes. The signals file must then hold
every matching row, identified by ``(fingerprint, offset)``, exactly once.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import orjson
import pytest

from lostwrite.watch.identity import FINGERPRINT_BYTES, fingerprint
from tests.watch.conftest import LOOP_INTERVAL, WatchDir, lost, row, wait_until

ROUNDS = 6


class Writer:
    """Appends bursts of rows (20% matching) and leaves a partial line between bursts."""

    def __init__(self, wd: WatchDir, rng: random.Random) -> None:
        self.wd = wd
        self.rng = rng
        self.n = 0
        self.pending = b""

    def burst(self, rows: int) -> None:
        lines = [self.pending]
        for _ in range(rows):
            self.n += 1
            lines.append(lost(self.n) if self.rng.random() < 0.2 else row(self.n, asked=True))
        self.n += 1
        last = lost(self.n)
        cut = self.rng.randrange(1, len(last))
        lines.append(last[:cut])
        self.pending = last[cut:]
        self.wd.append(*lines)

    def rotate(self, generation: int) -> Path:
        """Rename the log away (its half-written last line stays so) and start a new one."""
        rotated = self.wd.root / f"app.jsonl.{generation}"
        self.wd.log.rename(rotated)
        self.pending = b""
        self.wd.log.touch()
        return rotated


def expected_keys(data: bytes) -> set[tuple[str, int]]:
    """The keys of the matching rows; a last line without newline counts if it is whole."""
    keys = set()
    offset = 0
    for line in data.split(b"\n"):
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError:
            record = {}  # the empty string after the last newline, or a torn last line
        if record.get("would_have_asked") and "classifier_verdict" not in record:
            end = min(offset + len(line), FINGERPRINT_BYTES)
            keys.add((fingerprint(data[:end]), offset))
        offset += len(line) + 1
    return keys


def knows_current_file(wd: WatchDir) -> bool:
    try:
        current = wd.saved()["logs"][str(wd.log)]["current"]
    except (FileNotFoundError, KeyError, orjson.JSONDecodeError):
        return False
    return current is not None and current["ino"] == wd.log.stat().st_ino


@pytest.mark.parametrize("rotate", [False, True], ids=["append", "rotate"])
def test_kill_9_at_random_points_then_restart(wd: WatchDir, rotate: bool) -> None:
    seed = time.time_ns()
    rng = random.Random(seed)
    writer = Writer(wd, rng)
    writer.burst(150_000)
    files = [wd.log]
    for round_no in range(ROUNDS):
        with open(wd.root / "watch.err", "ab") as err:
            proc = subprocess.Popen(
                wd.command(str(wd.log), "--pattern", "LW045", "--interval", LOOP_INTERVAL),
                stdout=subprocess.DEVNULL,
                stderr=err,
                cwd=wd.root,
            )
        if rotate:
            # A file rotated away twice before any watcher recorded it is out of reach:
            # let this watcher record the current file first.
            wait_until(lambda: knows_current_file(wd), "the watcher to record the log")
        time.sleep(rng.uniform(0.1, 0.9))
        if rotate and round_no % 2:
            files.insert(0, writer.rotate(round_no))
        writer.burst(rng.randrange(1_000, 30_000))
        time.sleep(rng.uniform(0.0, 0.2))
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    writer.burst(10)
    wd.append(writer.pending)
    final = wd.once()
    assert final.returncode in (0, 1), final.stderr
    assert "Traceback" not in final.stderr

    signals = wd.signal_rows()  # every line parses: no torn signal was left behind
    keys = [(s["fingerprint"], s["offset"]) for s in signals]
    expected = set().union(*(expected_keys(f.read_bytes()) for f in files))
    missing = expected - set(keys)
    extra = set(keys) - expected
    assert not missing and not extra, f"seed {seed}: {len(missing)} missing, {len(extra)} extra"
    duplicates = len(keys) - len(set(keys))
    assert duplicates == 0, f"seed {seed}: {duplicates} rows signalled twice"
    errors = (wd.root / "watch.err").read_text(errors="replace")
    assert "Traceback" not in errors and "internal error" not in errors


def test_signal_torn_by_a_crash_is_repaired(wd: WatchDir) -> None:
    wd.append(lost(1), row(2), lost(3))
    assert wd.once().returncode == 1
    # As if the watcher died after writing two signals and half of a third, before saving.
    state = wd.saved()
    state["logs"][str(wd.log)]["current"].update(offset=0, line_no=0)
    state["signals"]["size"] = 0
    wd.state.write_bytes(orjson.dumps(state))
    wd.append(b'{"ts":"2026-11-23T08:0', path=wd.signals)
    wd.append(lost(4))
    result = wd.once()
    assert result.returncode == 1, result.stderr
    assert wd.signalled_ids() == ["t1", "t3", "t4"]
    assert "1 matches, 0 malformed, 2 already signalled before a restart" in result.stderr
    assert wd.signals.read_bytes().endswith(b"\n")


def test_signals_file_rotated_by_the_user(wd: WatchDir) -> None:
    wd.append(lost(1))
    assert wd.once().returncode == 1
    wd.signals.rename(wd.root / "signals.old")
    wd.append(lost(2))
    assert wd.once().returncode == 1
    assert wd.signalled_ids() == ["t2"]


def test_pending_keys_in_the_state_are_not_signalled_again(wd: WatchDir) -> None:
    wd.append(row(0), lost(1), lost(2))
    assert wd.once().returncode == 1
    first = wd.signal_rows()
    # As if a restart had re-read up to offset 0 while t1's signal was still pending.
    state = wd.saved()
    state["logs"][str(wd.log)]["current"].update(offset=0, line_no=0)
    state["signals"]["pending"] = [[first[0]["fingerprint"], first[0]["offset"]]]
    wd.state.write_bytes(orjson.dumps(state))
    result = wd.once()
    assert result.returncode == 1, result.stderr
    assert wd.signalled_ids() == ["t1", "t2", "t2"]
    assert "1 already signalled before a restart" in result.stderr
    assert wd.saved()["signals"]["pending"] == []


def test_crash_then_a_run_on_another_log_sharing_state_and_signals(wd: WatchDir) -> None:
    other = wd.root / "other.jsonl"
    wd.append(lost(1), lost(2))
    wd.append(lost(3), path=other)
    assert wd.once().returncode == 1
    # As if that run had died before saving: its signals are past the saved size.
    state = wd.saved()
    state["logs"][str(wd.log)]["current"].update(offset=0, line_no=0)
    state["signals"]["size"] = 0
    wd.state.write_bytes(orjson.dumps(state))
    assert wd.once(logs=(str(other),)).returncode == 1
    assert wd.once().returncode == 0
    assert sorted(wd.signalled_ids()) == ["t1", "t2", "t3"]
    assert str(other) in wd.saved()["logs"] and str(wd.log) in wd.saved()["logs"]


def test_rotation_storm_while_writing(wd: WatchDir) -> None:
    """A writer rotates by rename five times and keeps writing to the old file briefly."""
    rng = random.Random(7)
    wd.log.touch()
    proc = wd.start()
    # A file rotated away before the watcher ever opened it cannot be followed: wait for it.
    wait_until(lambda: wd.state.exists(), "the watcher to open the log")
    n = 0
    handle = open(wd.log, "ab")
    try:
        for generation in range(1, 6):
            for _ in range(20):
                lines = []
                for _ in range(100):
                    n += 1
                    lines.append(lost(n) if rng.random() < 0.1 else row(n))
                handle.write(b"".join(lines))
                handle.flush()
                time.sleep(0.005)
            wd.log.rename(wd.root / f"app.jsonl.{generation}")
            n += 1
            handle.write(lost(n))  # written to the old file after the rename
            handle.close()
            handle = open(wd.log, "ab")
    finally:
        handle.close()
    files = [wd.root / f"app.jsonl.{g}" for g in range(1, 6)] + [wd.log]
    expected = set().union(*(expected_keys(f.read_bytes()) for f in files))
    wait_until_keys = lambda: {(s["fingerprint"], s["offset"]) for s in wd.signal_rows()}  # noqa: E731
    deadline = time.monotonic() + 15
    while wait_until_keys() != expected and time.monotonic() < deadline:
        time.sleep(0.05)
    code, err = wd.stop(proc)
    assert code == 0, err
    keys = [(s["fingerprint"], s["offset"]) for s in wd.signal_rows()]
    assert set(keys) == expected
    assert len(keys) == len(expected)
