"""``lostwrite serve``: open the counter store, bind the socket and run the registry with uvicorn.

Everything that can go wrong before the first request (missing extra, bad ``--db`` URL,
unreadable token file, port in use) is a one-line :class:`UsageError`. The socket is bound
here, not by uvicorn, so ``--port 0`` works: the first line printed names the real address.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
from pathlib import Path

from lostwrite.catalog import load_catalog
from lostwrite.errors import UsageError

MIN_TOKEN_LENGTH = 16


def read_token(token_file: str | None) -> str | None:
    """The bearer token from ``--token-file`` or else ``LOSTWRITE_TOKEN`` (None: read-only)."""
    if token_file:
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise UsageError(f"--token-file: cannot read {token_file}: {reason}") from None
        origin = f"--token-file {token_file}"
    else:
        token = os.environ.get("LOSTWRITE_TOKEN", "").strip()
        origin = "LOSTWRITE_TOKEN"
        if not token:
            return None
    if len(token) < MIN_TOKEN_LENGTH or any(c.isspace() for c in token):
        raise UsageError(
            f"{origin}: the token must be at least {MIN_TOKEN_LENGTH} characters without "
            "spaces (e.g. python -c 'import secrets; print(secrets.token_urlsafe())')"
        )
    return token


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: any free port)."""
    if not 0 <= port <= 65535:
        raise UsageError(f"--port must be between 0 and 65535, got {port}")
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as exc:
        raise UsageError(f"--host: cannot resolve {host!r}: {exc.strerror}") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.setblocking(False)
    return sock


def display_url(sock: socket.socket) -> str:
    """``http://host:port`` for the bound socket (IPv6 hosts in brackets)."""
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def run(args: argparse.Namespace) -> int:
    """Serve the registry until interrupted; returns the exit code."""
    try:
        import uvicorn

        from lostwrite.serve.app import create_app
    except ImportError as exc:
        raise UsageError(
            f"lostwrite serve needs the serve extra ({exc.name} is missing): "
            "pip install 'lostwrite[serve]'"
        ) from None
    from lostwrite.serve.store import open_store

    rate_limit = args.rate_limit
    if rate_limit < 1:
        raise UsageError(f"--rate-limit must be at least 1 event per minute, got {rate_limit}")
    catalog = load_catalog(tuple(Path(d) for d in args.catalog))
    token = read_token(args.token_file)
    sock = bind(args.host, args.port)
    try:
        store = open_store(args.db)
        try:
            app = create_app(catalog, store, token, rate_limit=rate_limit)
            config = uvicorn.Config(app, log_level="warning", access_log=False, server_header=False)
            writes = "POST /api/events needs the token" if token else "read-only (no token set)"
            print(
                f"lostwrite registry on {display_url(sock)} — {len(catalog)} patterns, {writes}",
                flush=True,
            )
            try:
                uvicorn.Server(config).run(sockets=[sock])
            except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C it shut down on
                print("lostwrite registry stopped", file=sys.stderr)
        finally:
            store.close()
    finally:
        sock.close()
    return 0
