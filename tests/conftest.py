"""Shared pytest fixtures: a real, throwaway PostgreSQL server.

``postgres_url`` (session scope) yields a libpq URL to a fresh, empty database on a server
started for this test session from the Debian binaries (``/usr/lib/postgresql/*/bin``):
``initdb`` into a temporary directory, ``pg_ctl start`` on a free 127.0.0.1 port with trust
authentication and the unix socket in that directory, stopped and removed at session end.
PostgreSQL refuses to run as root, so as root every server command runs through
``runuser -u postgres``. ``postgres_db`` (module scope) gives each test module its own database;
``TempPostgres.create_database()`` makes more. Without PostgreSQL binaries these tests are
skipped, unless ``LOSTWRITE_REQUIRE_POSTGRES=1`` (CI), which turns that into a failure.

``TempPostgres`` is a plain class so benchmarks can start the same kind of server.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["tests.chromium"]  # the `browser` fixture (headless Chromium)


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine (or no user allowed to run them)."""


def _find_bindir() -> Path:
    """The newest ``/usr/lib/postgresql/<v>/bin`` holding initdb, else the one on PATH."""
    found = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if found:
        newest = max(found, key=lambda p: int(Path(p).parent.parent.name.split(".")[0]))
        return Path(newest).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise PostgresUnavailable(
        "no PostgreSQL server binaries (initdb) under /usr/lib/postgresql/*/bin or on PATH; "
        "install the Debian package `postgresql`"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class TempPostgres:
    """A PostgreSQL cluster in a temporary directory, reachable on 127.0.0.1 with trust auth."""

    def __init__(self, *, durable: bool = False) -> None:
        self.bindir = _find_bindir()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            try:
                import pwd

                self._owner = pwd.getpwnam("postgres")
            except KeyError:
                raise PostgresUnavailable(
                    "running as root but there is no `postgres` user to run the server as"
                ) from None
        self.durable = durable
        # As root, TMPDIR may sit under a directory the postgres user cannot enter: use /tmp.
        self.root = Path(
            tempfile.mkdtemp(prefix="lostwrite-pg-", dir="/tmp" if self.as_root else None)
        )
        self.data = self.root / "data"
        self.port = 0
        self.user = "postgres"

    def _run(self, *argv: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / argv[0]), *argv[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    def _check(self, result: subprocess.CompletedProcess[str], what: str) -> None:
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{what} failed:\n{result.stdout}\n{result.stderr}\n{tail}")

    def start(self) -> TempPostgres:
        """initdb, then start the server on a free port (retrying if the port was taken)."""
        if self.as_root:
            os.chown(self.root, self._owner.pw_uid, self._owner.pw_gid)
        self._check(
            self._run(
                "initdb", "-D", str(self.data), "-A", "trust", "-U", self.user,
                "-E", "UTF8", "--locale=C", "--no-sync",
            ),
            "initdb",
        )  # fmt: skip
        settings = f"-c listen_addresses=127.0.0.1 -k {self.root} -c max_connections=40"
        if not self.durable:
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        for _attempt in range(5):
            self.port = _free_port()
            result = self._run(
                "pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
                "-t", "60", "-o", f"-p {self.port} {settings}", "start",
            )  # fmt: skip
            if result.returncode == 0:
                return self
        self._check(result, "pg_ctl start")
        return self

    def url(self, database: str = "postgres") -> str:
        """A libpq URL for ``database`` on this server."""
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str | None = None) -> str:
        """Create a fresh empty database and return its URL."""
        import psycopg

        name = name or f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        """Stop the server and delete its directory."""
        if self.data.exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def _unavailable(reason: str) -> None:
    if os.environ.get("LOSTWRITE_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"LOSTWRITE_REQUIRE_POSTGRES=1 but PostgreSQL is unavailable: {reason}")
    pytest.skip(f"PostgreSQL unavailable: {reason}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[TempPostgres]:
    """A throwaway PostgreSQL server for the whole test session (per xdist worker)."""
    try:
        import psycopg  # noqa: F401  (needed to create databases)

        server = TempPostgres()
    except (PostgresUnavailable, ImportError) as exc:
        _unavailable(str(exc))
    try:
        server.start()
        deadline = time.monotonic() + 30
        while True:  # pg_ctl -w returns once the server accepts connections; be defensive
            try:
                server.create_database("lostwrite_probe")
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: TempPostgres) -> str:
    """A libpq URL to a fresh, empty database created for this test session."""
    return postgres_server.create_database()


@pytest.fixture(scope="module")
def postgres_db(postgres_server: TempPostgres) -> str:
    """A libpq URL to a fresh, empty database for one test module."""
    return postgres_server.create_database()
