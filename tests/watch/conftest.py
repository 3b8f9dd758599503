"""Helpers for the watch tests: a log directory and the real ``lostwrite watch`` process.

Every test runs ``sys.executable -m lostwrite watch`` as a subprocess on real files in a
temporary directory; nothing is mocked.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

LOOP_INTERVAL = "0.05"
WAIT_SECONDS = 15.0


def row(n: int, *, asked: bool = False, verdict: Any = "ok", **extra: Any) -> bytes:
    """One log line; ``verdict=None`` writes a JSON null, ``verdict=...`` leaves it out."""
    record: dict[str, Any] = {"id": f"t{n}", "would_have_asked": asked}
    if verdict is not ...:
        record["classifier_verdict"] = verdict
    record.update(extra)
    return orjson.dumps(record) + b"\n"


def lost(n: int, **extra: Any) -> bytes:
    """A line that matches LW045: asked, and no classifier verdict."""
    return row(n, asked=True, verdict=..., **extra)


def wait_until(condition: Callable[[], bool], what: str, timeout: float = WAIT_SECONDS) -> None:
    """Poll ``condition`` until it holds; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


class WatchDir:
    """A temporary directory with a log, a state file and a signals file."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.log = root / "app.jsonl"
        self.state = root / "state" / "watch.json"
        self.signals = root / "signals.jsonl"
        self.procs: list[tuple[subprocess.Popen[bytes], Path]] = []

    def command(self, *args: str) -> list[str]:
        return [
            sys.executable,
            "-m",
            "lostwrite",
            "watch",
            *args,
            "--state",
            str(self.state),
            "--signals",
            str(self.signals),
        ]

    def once(
        self, *args: str, logs: tuple[str, ...] | None = None, default_pattern: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """``watch --once`` on the log (or ``logs``); LW045 unless ``args`` give a predicate."""
        given = any(
            a in args for a in ("--pattern", "--when", "--missing", "--null", "--missing-or-null")
        )
        predicate = ("--pattern", "LW045") if default_pattern and not given else ()
        targets = logs if logs is not None else (str(self.log),)
        return subprocess.run(
            self.command(*targets, *predicate, *args, "--once"),
            capture_output=True,
            text=True,
            timeout=60,
            cwd=self.root,
        )

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        """A looping watcher on the log with LW045, polling every 50 ms.

        Its stderr goes to a file: a pipe nobody reads would fill up and block it.
        """
        err = self.root / f"watch-{len(self.procs)}.err"
        with open(err, "wb") as handle:
            proc = subprocess.Popen(
                self.command(
                    str(self.log), "--pattern", "LW045", "--interval", LOOP_INTERVAL, *args
                ),
                stdout=subprocess.DEVNULL,
                stderr=handle,
                cwd=self.root,
            )
        self.procs.append((proc, err))
        return proc

    def stop(self, proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> tuple[int, str]:
        """Stop a watcher with ``sig``; returns its exit code and stderr."""
        proc.send_signal(sig)
        code = proc.wait(timeout=WAIT_SECONDS)
        err = next(path for p, path in self.procs if p is proc)
        return code, err.read_text(errors="replace")

    def append(self, *lines: bytes, path: Path | None = None) -> None:
        with open(path or self.log, "ab") as handle:
            handle.write(b"".join(lines))

    def signal_rows(self) -> list[dict[str, Any]]:
        """The signals written so far (complete lines only)."""
        if not self.signals.exists():
            return []
        data = self.signals.read_bytes()
        return [orjson.loads(line) for line in data.split(b"\n")[:-1] if line]

    def signalled_ids(self) -> list[str]:
        return [s["fields"]["id"] for s in self.signal_rows()]

    def wait_for_ids(self, *ids: str) -> None:
        wait_until(lambda: set(ids) <= set(self.signalled_ids()), f"signals for {ids}")

    def saved(self) -> dict[str, Any]:
        return orjson.loads(self.state.read_bytes())


@pytest.fixture
def wd(tmp_path: Path) -> Iterator[WatchDir]:
    """A :class:`WatchDir`; watchers still running at the end are killed."""
    watch_dir = WatchDir(tmp_path)
    yield watch_dir
    for proc, _ in watch_dir.procs:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
