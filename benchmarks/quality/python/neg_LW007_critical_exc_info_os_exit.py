# negative LW007: log.critical(..., exc_info=True) names the outbox message before the hard exit
import json
import logging
import os

log = logging.getLogger("outbox")


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
            log.critical("outbox write failed for message %s", message.get("id"), exc_info=True)
            os._exit(3)
