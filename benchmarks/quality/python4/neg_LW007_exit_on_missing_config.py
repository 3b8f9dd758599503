# negative LW007: sys.exit(2) on a missing or malformed config file at startup (a read, not a write), with a message on stderr
"""Ingest daemon entry point."""

from __future__ import annotations

import asyncio
import sys
import tomllib
from pathlib import Path

from ingest.daemon import run_daemon

CONFIG = Path("/etc/ingest/ingest.toml")


def read_config() -> dict:
    try:
        with CONFIG.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        print(f"ingest: config file {CONFIG} not found", file=sys.stderr)
        sys.exit(2)
    except tomllib.TOMLDecodeError as exc:
        print(f"ingest: {CONFIG} is not valid TOML: {exc}", file=sys.stderr)
        sys.exit(2)


def main() -> None:
    config = read_config()
    asyncio.run(run_daemon(config))


if __name__ == "__main__":
    main()
