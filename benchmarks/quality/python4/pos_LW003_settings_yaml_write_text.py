# positive LW003: the node's settings.yaml is rewritten with Path.write_text on the live path
"""Edge node agent: applies remote configuration pushes to the local settings file."""

from __future__ import annotations

import logging
from pathlib import Path

import yaml

log = logging.getLogger("agent.config")
SETTINGS = Path("/etc/edge-agent/settings.yaml")


def current_settings() -> dict:
    return yaml.safe_load(SETTINGS.read_text()) or {}


def merge(base: dict, patch: dict) -> dict:
    out = dict(base)
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def apply_push(patch: dict) -> dict:
    settings = merge(current_settings(), patch)
    SETTINGS.write_text(yaml.safe_dump(settings, sort_keys=False))
    log.info("applied config push, version %s", settings.get("version"))
    return settings
