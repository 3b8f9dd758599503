# negative LW004: the Mongo write is retried with backoff on transient errors and the last failure is re-raised
"""Event archive writer (PyMongo)."""

from __future__ import annotations

import logging
import random
import time

from pymongo.collection import Collection
from pymongo.errors import AutoReconnect, NetworkTimeout

log = logging.getLogger(__name__)
TRANSIENT = (AutoReconnect, NetworkTimeout)


def archive_event(archive: Collection, event: dict, attempts: int = 4) -> None:
    for attempt in range(1, attempts + 1):
        try:
            archive.replace_one({"_id": event["id"]}, event, upsert=True)
            return
        except TRANSIENT as exc:
            if attempt == attempts:
                log.error("archiving %s failed after %d attempts", event["id"], attempts)
                raise
            delay = min(8.0, 0.25 * 2**attempt) + random.random() / 10
            log.warning("archive %s attempt %d failed (%s), retrying", event["id"], attempt, exc)
            time.sleep(delay)
