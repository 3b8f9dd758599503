"""Fixtures for the registry tests: apps on real SQLite files, a real ``lostwrite serve``
subprocess, and a user catalog whose strings carry HTML."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from lostwrite.catalog import Catalog, load_catalog
from lostwrite.catalog.loader import PATTERNS_DIR
from lostwrite.serve.app import create_app
from lostwrite.serve.store import SQLiteStore

TOKEN = "test-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
HOSTILE = "<script>alert('x')</script> & <b>bold</b>"


@pytest.fixture
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore(str(tmp_path / "registry.db"))
    yield s
    s.close()


def make_client(app: FastAPI) -> TestClient:
    return TestClient(app, base_url="http://registry.test")


@pytest.fixture
def app(catalog: Catalog, store: SQLiteStore) -> FastAPI:
    return create_app(catalog, store, TOKEN, rate_limit=1000)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with make_client(app) as c:
        yield c


def hostile_pattern_file(directory: Path) -> Path:
    """A user pattern LW902 (from LW045's file) with HTML in its title, summary, example and
    a javascript: reference; returns the directory for ``load_catalog``."""
    text = (PATTERNS_DIR / "LW045.toml").read_text(encoding="utf-8")
    replacements = {
        'code = "LW045"': 'code = "LW902"',
        'slug = "enrichment-after-commit"': 'slug = "hostile-html"',
        re.search(r"aliases = \[.*\]", text).group(): 'aliases = ["<img src=x onerror=alert(3)>"]',  # type: ignore[union-attr]
        re.search(r'title = ".*"', text).group(): f'title = "{HOSTILE}"',  # type: ignore[union-attr]
        "A record is written": f"{HOSTILE} A record is written",
        '"https://n50.io/patterns/045"': '"javascript:alert(1)"',
        'row["classifier_verdict"] = classifier(turn.text)': (
            'row["x"] = "</code></pre><script>alert(2)</script>"'
        ),
    }
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "LW902.toml").write_text(text, encoding="utf-8")
    return directory


@dataclass
class LiveServer:
    """A ``lostwrite serve`` subprocess and where to reach it."""

    process: subprocess.Popen[str]
    url: str
    db: Path

    def stop(self) -> tuple[int, str]:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            _, err = self.process.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, err = self.process.communicate()
        return self.process.returncode, err


def start_server(
    tmp: Path, *extra: str, token: str | None = TOKEN, timeout: float = 30.0
) -> LiveServer:
    """Start ``python -m lostwrite serve --port 0`` and wait until it answers."""
    db = tmp / "live.db"
    env = {k: v for k, v in os.environ.items() if k != "LOSTWRITE_TOKEN"}
    if token is not None:
        env["LOSTWRITE_TOKEN"] = token
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "lostwrite",
            "serve",
            "--port",
            "0",
            "--db",
            f"sqlite:///{db}",
            *extra,
        ],
        cwd=tmp,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    match = re.search(r"http://[\w.\[\]:]+", line)
    if match is None:
        process.kill()
        _, err = process.communicate()
        raise AssertionError(f"serve did not start: {line!r} {err!r}")
    server = LiveServer(process, match.group(), db)
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{server.url}/api/health", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline or process.poll() is not None:
            server.stop()
            raise AssertionError("serve did not answer /api/health in time")
        time.sleep(0.05)


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = start_server(tmp_path_factory.mktemp("live"), "--rate-limit", "100000")
    yield server
    server.stop()
