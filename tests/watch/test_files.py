"""A running watcher follows its logs through rotation, truncation, deletion and restarts.

The watcher is paused with SIGSTOP while a test changes the files, so the change is seen
in one poll, deterministically, the way a busy watcher would see it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator

import pytest

from tests.watch.conftest import WatchDir, lost, row, wait_until


@contextlib.contextmanager
def paused(proc: subprocess.Popen[bytes]) -> Iterator[None]:
    proc.send_signal(signal.SIGSTOP)
    try:
        yield
    finally:
        proc.send_signal(signal.SIGCONT)


def test_rotation_by_rename_finishes_old_file_then_reads_new(wd: WatchDir) -> None:
    wd.append(lost(1))
    proc = wd.start()
    wd.wait_for_ids("t1")
    rotated = wd.root / "app.jsonl.1"
    with paused(proc):
        wd.append(lost(2))  # written just before the rotation, not read yet
        wd.log.rename(rotated)
        wd.append(row(3), lost(4))  # the new file
    wd.append(lost(5), path=rotated)  # a writer that still holds the old file
    wd.wait_for_ids("t2", "t4", "t5")
    code, err = wd.stop(proc)
    assert code == 0, err
    ids = wd.signalled_ids()
    assert sorted(ids) == ["t1", "t2", "t4", "t5"]
    assert ids.index("t2") < ids.index("t4")  # the old file is finished first
    new_row = next(s for s in wd.signal_rows() if s["fields"]["id"] == "t4")
    assert new_row["offset"] == len(row(3)) and new_row["line_no"] == 2
    assert "rotated (a new file took its place); finishing the old file" in err


def test_rotation_while_stopped_is_finished_on_restart(wd: WatchDir) -> None:
    wd.append(lost(1))
    assert wd.once().returncode == 1
    wd.append(row(2), lost(3))
    wd.log.rename(wd.root / "app.jsonl.1")
    wd.append(lost(4))
    result = wd.once()
    assert result.returncode == 1, result.stderr
    assert "finishing the rotated file" in result.stderr
    assert wd.signalled_ids() == ["t1", "t3", "t4"]
    again = wd.once()
    assert again.returncode == 0 and "0 rows read" in again.stderr
    assert wd.saved()["logs"][str(wd.log)]["retired"] == []


def test_copytruncate(wd: WatchDir) -> None:
    wd.append(lost(1), row(2), row(3))
    proc = wd.start()
    wd.wait_for_ids("t1")
    with paused(proc):
        shutil.copy(wd.log, wd.root / "app.jsonl.1")
        with open(wd.log, "r+b") as handle:
            handle.truncate(0)
        wd.append(lost(4))  # shorter than what was read before
    wd.wait_for_ids("t4")
    code, err = wd.stop(proc)
    assert code == 0
    assert wd.signalled_ids() == ["t1", "t4"]
    assert wd.signal_rows()[1]["offset"] == 0
    assert "truncated; reading it again from the start" in err


def test_truncated_and_rewritten_past_the_old_offset(wd: WatchDir) -> None:
    wd.append(lost(1), row(2))
    proc = wd.start()
    wd.wait_for_ids("t1")
    with paused(proc):
        with open(wd.log, "wb") as handle:  # same inode, new and longer content
            handle.write(lost(7) + b"".join(row(n) for n in range(8, 40)) + lost(40))
    wd.wait_for_ids("t7", "t40")
    code, err = wd.stop(proc)
    assert code == 0
    assert wd.signalled_ids() == ["t1", "t7", "t40"]
    assert "rewritten in place; reading it from the start" in err


def test_inode_reused_with_different_content_across_restart(wd: WatchDir) -> None:
    wd.append(lost(1), row(2))
    assert wd.once().returncode == 1
    old = wd.saved()["logs"][str(wd.log)]["current"]
    with open(wd.log, "wb") as handle:  # same inode, different bytes, longer than the offset
        handle.write(row(10) + lost(11) + row(12) + row(13))
    assert wd.log.stat().st_ino == old["ino"]
    result = wd.once()
    assert result.returncode == 1, result.stderr
    assert "truncated or rewritten since the last run" in result.stderr
    assert wd.signalled_ids() == ["t1", "t11"]
    assert wd.signal_rows()[1]["offset"] == len(row(10))


def test_new_file_with_the_same_inode_number_is_read_from_the_start(wd: WatchDir) -> None:
    filler = b"".join(row(n) for n in range(100, 140))  # longer than 1 KiB
    wd.append(filler, lost(1))
    assert wd.once().returncode == 1
    old_ino = wd.log.stat().st_ino
    wd.log.unlink()
    wd.append(filler.replace(b'"t1', b'"u1'), lost(2), lost(3))
    result = wd.once()
    assert result.returncode == 1, result.stderr
    assert wd.signalled_ids() == ["t1", "t2", "t3"]
    reused = wd.log.stat().st_ino == old_ino  # filesystems often hand the number out again
    expected = "truncated or rewritten" if reused else "the file read before the restart is gone"
    assert expected in result.stderr


def test_deleted_log_is_finished_then_recreated(wd: WatchDir) -> None:
    wd.append(lost(1))
    proc = wd.start()
    wd.wait_for_ids("t1")
    with paused(proc):
        wd.append(lost(2))
        wd.log.unlink()
    wd.wait_for_ids("t2")
    wd.append(lost(3))
    wd.wait_for_ids("t3")
    code, err = wd.stop(proc)
    assert code == 0
    assert wd.signalled_ids() == ["t1", "t2", "t3"]
    assert "app.jsonl: deleted; finishing the old file" in err


def test_deleted_log_across_restart_is_reported(wd: WatchDir) -> None:
    wd.append(lost(1))
    assert wd.once().returncode == 1
    wd.append(lost(2))
    wd.log.unlink()
    result = wd.once()
    assert result.returncode == 0, result.stderr
    offset = len(lost(1))
    assert f"what it got after offset {offset} (if anything) could not be read" in result.stderr
    assert "does not exist (yet)" in result.stderr


def test_log_that_does_not_exist_yet(wd: WatchDir) -> None:
    proc = wd.start()
    wait_until(lambda: wd.state.exists(), "the first state save")
    wd.append(row(1), lost(2))
    wd.wait_for_ids("t2")
    code, err = wd.stop(proc)
    assert code == 0
    assert "app.jsonl: does not exist (yet)" in err


def test_partial_last_line_completed_later_while_running(wd: WatchDir) -> None:
    line = lost(1)
    wd.append(line[:15])
    proc = wd.start()
    wait_until(lambda: wd.state.exists(), "the first state save")
    time.sleep(0.3)
    assert wd.signalled_ids() == []
    assert wd.saved()["logs"][str(wd.log)]["current"]["offset"] == 0
    wd.append(line[15:])
    wd.wait_for_ids("t1")
    code, _ = wd.stop(proc)
    assert code == 0
    assert wd.signal_rows()[0]["offset"] == 0


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_stop_signals_save_state_and_print_summary(wd: WatchDir, sig: int) -> None:
    wd.append(lost(1), row(2))
    proc = wd.start()
    wd.wait_for_ids("t1")
    wd.append(lost(3))
    wd.wait_for_ids("t3")
    code, err = wd.stop(proc, sig)
    assert code == 0, err
    assert "3 rows read from 1 log, 2 matches, 0 malformed" in err
    assert wd.saved()["logs"][str(wd.log)]["current"]["offset"] == wd.log.stat().st_size
    assert wd.once().stderr.count("0 rows read") == 1


def test_second_watcher_on_the_same_state_is_refused(wd: WatchDir) -> None:
    wd.append(lost(1))
    proc = wd.start()
    wd.wait_for_ids("t1")
    result = wd.once()
    assert result.returncode == 2
    assert "is in use by another lostwrite watch" in result.stderr
    code, _ = wd.stop(proc)
    assert code == 0
    assert os.path.exists(wd.state)


def test_last_line_of_a_rotated_file_without_newline_is_read(wd: WatchDir) -> None:
    wd.append(lost(1), lost(2).rstrip(b"\n"))  # the writer died before the newline
    assert wd.once().returncode == 1
    assert wd.signalled_ids() == ["t1"]
    wd.log.rename(wd.root / "app.jsonl.1")
    wd.append(lost(3))
    result = wd.once()
    assert result.returncode == 1, result.stderr
    assert wd.signalled_ids() == ["t1", "t2", "t3"]
    assert "finished the old file" in result.stderr


def test_path_that_turns_into_a_directory_is_reported_and_survived(wd: WatchDir) -> None:
    wd.append(lost(1))
    proc = wd.start()
    wd.wait_for_ids("t1")
    with paused(proc):
        wd.log.unlink()
        wd.log.mkdir()
    time.sleep(0.3)
    wd.log.rmdir()
    wd.append(lost(2))
    wd.wait_for_ids("t2")
    code, err = wd.stop(proc)
    assert code == 0, err
    assert err.count("app.jsonl: not a regular file") == 1
    assert wd.signalled_ids() == ["t1", "t2"]


def test_sigterm_during_a_backlog_stops_at_a_line_boundary(wd: WatchDir) -> None:
    wd.append(*(lost(n) if n % 3 == 0 else row(n) for n in range(200_000)))
    proc = wd.start()
    wait_until(lambda: len(wd.signal_rows()) > 1000, "the first signals")
    code, err = wd.stop(proc)
    assert code == 0, err
    offset = wd.saved()["logs"][str(wd.log)]["current"]["offset"]
    data = wd.log.read_bytes()
    assert offset == len(data) or data[offset - 1 : offset] == b"\n"
    result = wd.once()
    assert result.returncode in (0, 1), result.stderr
    ids = wd.signalled_ids()
    assert len(ids) == len(set(ids)) == len(range(0, 200_000, 3))


def test_truncated_while_stopped(wd: WatchDir) -> None:
    wd.append(lost(1), row(2), row(3))
    assert wd.once().returncode == 1
    with open(wd.log, "r+b") as handle:
        handle.truncate(0)
    wd.append(lost(4))
    result = wd.once()
    assert result.returncode == 1, result.stderr
    assert "truncated or rewritten since the last run" in result.stderr
    assert wd.signalled_ids() == ["t1", "t4"]
    assert wd.signal_rows()[1]["offset"] == 0
