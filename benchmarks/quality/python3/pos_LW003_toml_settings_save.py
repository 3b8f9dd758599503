# Positive LW003: desktop sync client saves its settings.toml by writing straight over the existing file.
from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path

import tomli_w

CONFIG_DIR = Path.home() / ".config" / "driftbox"


@dataclass
class Settings:
    server: str = "https://sync.driftbox.io"
    folder: str = str(Path.home() / "Driftbox")
    bandwidth_kbps: int = 0
    paused: bool = False


def load_settings() -> Settings:
    path = CONFIG_DIR / "settings.toml"
    if path.exists():
        return Settings(**tomllib.loads(path.read_text()))
    return Settings()


def save_settings(settings: Settings) -> None:
    path = CONFIG_DIR / "settings.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        tomli_w.dump(asdict(settings), fh)


def toggle_pause() -> Settings:
    settings = load_settings()
    settings.paused = not settings.paused
    save_settings(settings)
    return settings
