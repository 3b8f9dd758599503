# Negative LW003: sync client saves settings.toml through a small atomic-write helper (temp, fsync, replace, dir fsync).
from __future__ import annotations

import os
import tempfile
import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

import tomli_w

CONFIG = Path.home() / ".config" / "driftbox" / "settings.toml"


@dataclass
class Settings:
    server: str = "https://sync.driftbox.io"
    paused: bool = False


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    dfd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


def load_settings() -> Settings:
    return Settings(**tomllib.loads(CONFIG.read_text())) if CONFIG.exists() else Settings()


def save_settings(settings: Settings) -> None:
    atomic_write_bytes(CONFIG, tomli_w.dumps(asdict(settings)).encode())
