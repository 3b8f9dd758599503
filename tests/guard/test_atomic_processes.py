"""atomic_write_bytes under SIGKILL and under concurrent writers from several processes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.guard.writer_child import payload

CHILD = Path(__file__).with_name("writer_child.py")
BIG = 8 * 1024 * 1024
KILL_ROUNDS = 6


def _start_writer(target: Path, tags: list[str], size: int, *extra: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(target), "--tags", *tags, "--size", str(size), *extra],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n"
    return child


def _kill_mid_writing(target: Path, tags: list[str], *extra: str) -> None:
    """Let a writer loop over big payloads for a random moment, then SIGKILL it."""
    child = _start_writer(target, tags, BIG, *extra)
    time.sleep(random.uniform(0.05, 0.4))
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    child.stdout.close()  # type: ignore[union-attr]


def _temp_files(directory: Path) -> list[Path]:
    return [p for p in directory.iterdir() if p.name.endswith(".tmp")]


def test_sigkill_mid_write_leaves_old_or_new_content_never_torn(tmp_path: Path) -> None:
    target = tmp_path / "state.bin"
    initial = payload("initial", BIG)
    target.write_bytes(initial)
    valid = {initial, payload("A", BIG), payload("B", BIG)}
    interrupted_writes = 0
    for _ in range(KILL_ROUNDS):
        _kill_mid_writing(target, ["A", "B"])
        assert target.read_bytes() in valid
        leftovers = _temp_files(tmp_path)
        interrupted_writes += bool(leftovers)
        for leftover in leftovers:  # a kill can orphan the temp file, never the target
            leftover.unlink()
    assert interrupted_writes > 0, "no kill landed in the middle of a write"


def test_the_crash_harness_sees_torn_files_from_plain_writes(tmp_path: Path) -> None:
    """Control: the same kill shows the torn file an in-place rewrite leaves behind."""
    target = tmp_path / "state.bin"
    valid = {payload("A", BIG), payload("B", BIG)}
    torn = 0
    for _ in range(KILL_ROUNDS):
        _kill_mid_writing(target, ["A", "B"], "--naive")
        torn += target.read_bytes() not in valid
        if torn:
            break
    assert torn


def test_concurrent_writers_leave_exactly_one_full_payload(tmp_path: Path) -> None:
    target = tmp_path / "shared.bin"
    size = 2 * 1024 * 1024
    tags = [f"writer{n}" for n in range(4)]
    valid = {payload(tag, size) for tag in tags}
    target.write_bytes(payload(tags[0], size))
    writers = [_start_writer(target, [tag], size, "--times", "8") for tag in tags]
    reads = 0
    while any(writer.poll() is None for writer in writers):
        assert target.read_bytes() in valid  # a reader never sees a mix or a partial file
        reads += 1
    for writer in writers:
        assert writer.wait() == 0
        writer.stdout.close()  # type: ignore[union-attr]
    assert target.read_bytes() in valid
    assert _temp_files(tmp_path) == []
    assert reads > 0
    assert os.stat(target).st_size == size
