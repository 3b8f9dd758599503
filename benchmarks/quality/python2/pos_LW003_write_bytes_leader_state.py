# positive LW003: a scheduler stores its leader/lease state with Path.write_bytes(orjson.dumps(...)) over the live file
from __future__ import annotations

import time
from pathlib import Path

import orjson


class LeaseFile:
    def __init__(self, path: Path, node: str) -> None:
        self.path = path
        self.node = node

    def read(self) -> dict | None:
        try:
            return orjson.loads(self.path.read_bytes())
        except FileNotFoundError:
            return None

    def renew(self, ttl: float = 15.0) -> None:
        state = {"holder": self.node, "expires": time.time() + ttl}
        self.path.write_bytes(orjson.dumps(state))

    def held_by_me(self) -> bool:
        state = self.read()
        return bool(state and state["holder"] == self.node and state["expires"] > time.time())
