"""``lostwrite serve`` as a real subprocess: start-up, bad options, real HTTP, the scan client."""

from __future__ import annotations

import asyncio
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from lostwrite.errors import UsageError
from lostwrite.serve.report_client import events_url, post_scan_counts
from tests.serve.conftest import AUTH, TOKEN, LiveServer, start_server


def serve(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``lostwrite serve`` expecting it to fail before serving."""
    return subprocess.run(
        [sys.executable, "-m", "lostwrite", "serve", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def db_counts(db: Path) -> dict[tuple[str, str], int]:
    with sqlite3.connect(db) as conn:
        return {
            (c, k): n for c, k, n in conn.execute("SELECT code, kind, n FROM lostwrite_counters")
        }


def test_live_server_answers_api_and_pages(live_server: LiveServer) -> None:
    assert httpx.get(f"{live_server.url}/api/patterns/045").json()["code"] == "LW045"
    page = httpx.get(f"{live_server.url}/patterns/045")
    assert page.status_code == 200 and "Cite as" in page.text
    assert "server" not in page.headers  # no server banner


def test_live_server_counts_concurrent_posts_exactly(live_server: LiveServer) -> None:
    before = db_counts(live_server.db).get(("LW007", "healed"), 0)

    async def main() -> list[int]:
        limits = httpx.Limits(max_connections=32)
        async with httpx.AsyncClient(base_url=live_server.url, limits=limits, timeout=30) as c:
            body = {"kind": "healed", "pattern": "LW007", "source": "concurrency"}
            posts = [c.post("/api/events", json=body, headers=AUTH) for _ in range(300)]
            return [r.status_code for r in await asyncio.gather(*posts)]

    assert asyncio.run(main()) == [201] * 300
    assert db_counts(live_server.db)[("LW007", "healed")] == before + 300


def test_scan_report_client_posts_counts(live_server: LiveServer) -> None:
    before = db_counts(live_server.db)
    post_scan_counts(live_server.url + "/", {"LW001": 3, "LW045": 12_345, "LW003": 0}, TOKEN)
    after = db_counts(live_server.db)
    assert after[("LW001", "diagnosed")] - before.get(("LW001", "diagnosed"), 0) == 3
    assert after[("LW045", "diagnosed")] - before.get(("LW045", "diagnosed"), 0) == 12_345
    assert ("LW003", "diagnosed") not in after or after[("LW003", "diagnosed")] == before.get(
        ("LW003", "diagnosed")
    )
    with sqlite3.connect(live_server.db) as conn:
        sources = {s for (s,) in conn.execute("SELECT DISTINCT source FROM lostwrite_events")}
    assert "lostwrite-scan" in sources


def test_scan_report_client_errors_are_one_line(
    live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LOSTWRITE_TOKEN", raising=False)
    with pytest.raises(
        UsageError, match=r"HTTP 401: missing or wrong bearer token \(set LOSTWRITE"
    ):
        post_scan_counts(live_server.url, {"LW001": 1}, None)
    with pytest.raises(UsageError, match="HTTP 422: unknown pattern 'LW999'"):
        post_scan_counts(live_server.url, {"LW999": 1}, TOKEN)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    with pytest.raises(UsageError, match=r"cannot reach http://127\.0\.0\.1:"):
        post_scan_counts(f"http://127.0.0.1:{closed_port}", {"LW001": 1}, TOKEN)
    with pytest.raises(UsageError, match="expected an http"):
        post_scan_counts("ftp://example/x", {"LW001": 1}, TOKEN)
    monkeypatch.setenv("LOSTWRITE_TOKEN", TOKEN)
    post_scan_counts(live_server.url, {"LW002": 1}, None)  # None: the token from the environment
    assert db_counts(live_server.db)[("LW002", "diagnosed")] >= 1


def test_events_url() -> None:
    assert events_url("http://h:1") == "http://h:1/api/events"
    assert events_url("https://h/registry/") == "https://h/registry/api/events"
    assert events_url("http://h/api/events") == "http://h/api/events"


def test_sigint_stops_the_server_cleanly(tmp_path: Path) -> None:
    server = start_server(tmp_path)
    assert httpx.get(f"{server.url}/api/health").status_code == 200
    code, err = server.stop()
    assert code == 0
    assert "Traceback" not in err


def test_read_only_without_a_token(tmp_path: Path) -> None:
    server = start_server(tmp_path, token=None)
    try:
        body = {"kind": "cited", "pattern": "045", "source": "t"}
        response = httpx.post(f"{server.url}/api/events", json=body, headers=AUTH)
        assert response.status_code == 401
    finally:
        server.stop()


def test_token_file(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("file-token-abcdefghijklmnop\n")
    server = start_server(
        tmp_path, "--token-file", str(token_file), token="env-token-is-ignored-000"
    )
    try:
        body = {"kind": "cited", "pattern": "045", "source": "t"}
        url = f"{server.url}/api/events"
        wrong = httpx.post(
            url, json=body, headers={"Authorization": "Bearer env-token-is-ignored-000"}
        )
        right = httpx.post(
            url, json=body, headers={"Authorization": "Bearer file-token-abcdefghijklmnop"}
        )
        assert (wrong.status_code, right.status_code) == (401, 201)
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--db", "mysql://x/y"], "--db: unsupported URL"),
        (["--db", "postgresql://nobody@127.0.0.1:1/none"], "--db: cannot use postgresql://"),
        (["--token-file", "missing-token"], "--token-file: cannot read missing-token"),
        (["--port", "70000"], "--port must be between 0 and 65535"),
        (["--rate-limit", "0"], "--rate-limit must be at least 1"),
        (["--host", "no-such-host.invalid"], "--host: cannot resolve"),
        (["--catalog", "no-such-dir"], "--catalog must be a directory"),
    ],
)
def test_bad_options_are_one_line_errors(tmp_path: Path, args: list[str], message: str) -> None:
    result = serve(tmp_path, "--port", "0", *args)
    assert result.returncode == 2
    assert result.stderr.startswith(f"lostwrite: error: {message}") or (
        message in result.stderr and result.stderr.count("\n") == 1
    ), result.stderr
    assert "Traceback" not in result.stderr


def test_short_token_is_refused(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "LOSTWRITE_TOKEN": "short"}
    result = serve(tmp_path, "--port", "0", env=env)
    assert result.returncode == 2
    assert "LOSTWRITE_TOKEN: the token must be at least 16 characters" in result.stderr


def test_port_in_use_is_a_one_line_error(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = serve(tmp_path, "--port", str(port))
    assert result.returncode == 2
    assert result.stderr.startswith(f"lostwrite: error: cannot listen on 127.0.0.1:{port}: ")
    assert result.stderr.count("\n") == 1
