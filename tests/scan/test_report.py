"""``lostwrite scan --report URL`` against a real ``lostwrite serve``: per-pattern counts arrive
as "diagnosed" events, nothing else is sent, and a bad URL or token is a one-line error."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx

from tests.scan.conftest import STATE_WRITE
from tests.serve.conftest import TOKEN, start_server

SPAWN = "import asyncio\n\nasync def h(repo, x):\n    asyncio.create_task(repo.save(x))\n"


def scan(cwd: Path, *args: str, token: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LOSTWRITE_TOKEN"}
    if token is not None:
        env["LOSTWRITE_TOKEN"] = token
    return subprocess.run(
        [sys.executable, "-m", "lostwrite", "scan", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_report_posts_anonymous_counts(tmp_path: Path) -> None:
    server = start_server(tmp_path, "--rate-limit", "1000")
    try:
        project = tmp_path / "project"
        (project / "svc").mkdir(parents=True)
        (project / "svc" / "a.py").write_text(STATE_WRITE)
        (project / "svc" / "b.py").write_text(STATE_WRITE)
        (project / "svc" / "c.py").write_text(SPAWN)
        result = scan(project, "svc", "--report", server.url, token=TOKEN)
        assert result.returncode == 1, result.stderr  # the findings still decide the exit code
        lw003 = httpx.get(f"{server.url}/api/patterns/LW003/counters").json()
        lw001 = httpx.get(f"{server.url}/api/patterns/LW001/counters").json()
        assert lw003["diagnosed"] == 2 and lw001["diagnosed"] == 1
        with sqlite3.connect(server.db) as db:
            stored = " ".join(str(row) for row in db.execute("SELECT * FROM lostwrite_events"))
        assert "svc" not in stored and "state.json" not in stored  # no paths, no code
        denied = scan(project, "svc", "--report", server.url, token="wrong-token-0123456789")
        assert denied.returncode == 2
        assert denied.stderr.startswith("lostwrite: error: ") and "Traceback" not in denied.stderr
        assert httpx.get(f"{server.url}/api/patterns/LW003/counters").json()["diagnosed"] == 2
    finally:
        server.stop()


def test_report_to_nowhere_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(STATE_WRITE)
    result = scan(tmp_path, ".", "--report", "http://127.0.0.1:9/", token=TOKEN)
    assert result.returncode == 2
    assert result.stderr.startswith("lostwrite: error: ")
    assert len(result.stderr.strip().splitlines()) == 1
