# negative LW003: an append-only audit log opened in "a" mode, one JSON line per event
import json
import time


class AuditLog:
    def __init__(self, path: str) -> None:
        self.path = path

    def record(self, actor: str, action: str, target: str) -> None:
        line = json.dumps({"ts": time.time(), "actor": actor, "action": action, "target": target})
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
