# Positive LW003: deploy tool records deployed versions by dumping YAML over its state file in place.
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import yaml


class DeployState:
    def __init__(self, path: Path = Path(".deploy/state.yaml")) -> None:
        self.path = path
        self.data: dict[str, dict[str, str]] = {}
        if path.exists():
            self.data = yaml.safe_load(path.read_text()) or {}

    def current(self, service: str) -> str | None:
        entry = self.data.get(service)
        return entry["version"] if entry else None

    def record(self, service: str, version: str) -> None:
        self.data[service] = {"version": version, "at": datetime.now(UTC).isoformat()}
        with open(self.path, "w") as out:
            yaml.safe_dump(self.data, out, default_flow_style=False)
