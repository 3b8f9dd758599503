"""Helpers for the recover tests: a deterministic damaged data set and a CLI runner.

The data set mimics LW045: turns where ``would_have_asked`` is true but the enrichment
(``classifier_verdict``) never landed. ``id % 5 == 0`` have a verdict, ``id % 7 == 0`` have an
explicit JSON null (not missing), ``id % 3 == 0`` did not ask. Everything else is damaged.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
BASE = 1_714_521_600  # 2024-05-01T00:00:00Z
MARK = "_lostwrite_recovered"


def iso(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat().replace("+00:00", "Z")


def make_records(count: int) -> list[dict[str, Any]]:
    """``count`` records, one a minute from 2024-05-01T00:01:00Z."""
    records = []
    for i in range(1, count + 1):
        record: dict[str, Any] = {
            "id": i,
            "ts": iso(BASE + 60 * i),
            "text": f"turn {i}",
            "would_have_asked": i % 3 != 0,
        }
        if i % 5 == 0:
            record["classifier_verdict"] = "ok"
        elif i % 7 == 0:
            record["classifier_verdict"] = None
        records.append(record)
    return records


def is_damaged(record: dict[str, Any]) -> bool:
    return record["would_have_asked"] is True and "classifier_verdict" not in record


def expected_after(
    records: list[dict[str, Any]],
    *,
    select: Callable[[dict[str, Any]], bool] = is_damaged,
    fields: Callable[[dict[str, Any]], dict[str, Any]] = lambda r: {
        "classifier_verdict": f"verdict-{r['id']}"
    },
    mark: str | None = MARK,
    pattern: str | None = "LW045",
) -> list[dict[str, Any]]:
    """What a correct recovery leaves behind (marker times normalised)."""
    result = []
    for record in records:
        record = dict(record)
        if select(record):
            record.update(fields(record))
            if mark:
                record[mark] = {"pattern": pattern, "at": "AT", "version": "0.1.0"}
        result.append(record)
    return result


def normalise(records: list[dict[str, Any]], mark: str = MARK) -> list[dict[str, Any]]:
    """Replace the marker's time by ``AT`` (after checking it is an ISO-8601 UTC time)."""
    out = []
    for record in records:
        if isinstance(record, dict) and isinstance(record.get(mark), dict):
            marker = dict(record[mark])
            assert datetime.fromisoformat(marker["at"]).tzinfo is not None
            marker["at"] = "AT"
            record = {**record, mark: marker}
        out.append(record)
    return out


@dataclass
class Result:
    code: int
    out: str
    err: str


class Runner:
    """Runs ``python -m lostwrite recover …`` in a working directory, like a user would."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd
        self.env = {**os.environ, "PYTHONPATH": str(HERE)}

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> Result:
        done = subprocess.run(
            [sys.executable, "-m", "lostwrite", "recover", *args],
            cwd=self.cwd,
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            timeout=120,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    def kill_at(self, *args: str, record_id: int) -> None:
        """Start a run that stops at ``record_id`` and SIGKILL it there (mid-run)."""
        marker = self.cwd / f"paused-{record_id}"
        marker.unlink(missing_ok=True)
        env = {**self.env, "PAUSE_ID": str(record_id), "PAUSE_FILE": str(marker)}
        process = subprocess.Popen(
            [sys.executable, "-m", "lostwrite", "recover", *args],
            cwd=self.cwd,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while not marker.exists():
            if process.poll() is not None:
                raise AssertionError(f"run ended before the kill point: {process.stderr.read()!r}")
            if time.monotonic() > deadline:
                process.kill()
                raise AssertionError("the run never reached the kill point")
            time.sleep(0.01)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        process.stderr.close()
        assert process.returncode == -signal.SIGKILL


def assert_one_line_error(result: Result, needle: str) -> None:
    """Exit 2 with exactly one ``lostwrite: error:`` line mentioning ``needle``."""
    assert result.code == 2, (result.code, result.out, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("lostwrite: error: "), result.err
    assert needle in lines[0], result.err
    assert "Traceback" not in result.err
