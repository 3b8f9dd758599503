# positive LW003: CLI `config set` rewrites the user's config.toml in place with tomli_w.dump on an "wb" handle
"""`deployctl config set KEY VALUE`: edits ~/.config/deployctl/config.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

import click
import tomli_w

CONFIG_PATH = Path.home() / ".config" / "deployctl" / "config.toml"


def read_config() -> dict:
    try:
        with CONFIG_PATH.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        return {}


def write_config(cfg: dict) -> None:
    CONFIG_PATH.parent.mkdir(parents=True, exist_ok=True)
    with CONFIG_PATH.open("wb") as fh:
        tomli_w.dump(cfg, fh)


@click.group()
def config() -> None:
    """Read and change deployctl settings."""


@config.command("set")
@click.argument("key")
@click.argument("value")
def set_value(key: str, value: str) -> None:
    cfg = read_config()
    section, _, name = key.rpartition(".")
    target = cfg.setdefault(section, {}) if section else cfg
    target[name] = value
    write_config(cfg)
    click.echo(f"{key} = {value}")
