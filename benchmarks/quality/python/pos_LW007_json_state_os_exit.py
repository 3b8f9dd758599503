# positive LW007: appending to the outbox file fails with OSError and the service hard-exits with os._exit(3), unlogged
import json
import os


class Outbox:
    def __init__(self, path: str) -> None:
        self.path = path

    def push(self, message: dict) -> None:
        try:
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(message) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:
            os._exit(3)
