# negative LW003: settings.yaml replaced atomically via NamedTemporaryFile(dir=same, delete=False) + fsync + os.replace + dir fsync
"""Edge node agent: applies remote configuration pushes to the local settings file."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import yaml

log = logging.getLogger("agent.config")
SETTINGS = Path("/etc/edge-agent/settings.yaml")


def current_settings() -> dict:
    return yaml.safe_load(SETTINGS.read_text()) or {}


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_settings(settings: dict) -> None:
    with tempfile.NamedTemporaryFile(
        "w", dir=SETTINGS.parent, prefix=".settings.", suffix=".tmp", delete=False
    ) as tmp:
        yaml.safe_dump(settings, tmp, sort_keys=False)
        tmp.flush()
        os.fsync(tmp.fileno())
    try:
        os.replace(tmp.name, SETTINGS)
    except OSError:
        os.unlink(tmp.name)
        raise
    _fsync_dir(SETTINGS.parent)


def apply_push(patch: dict) -> dict:
    settings = {**current_settings(), **patch}
    write_settings(settings)
    log.info("applied config push, version %s", settings.get("version"))
    return settings
