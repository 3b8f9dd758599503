# positive LW007: snapshot writer calls a `_die()` helper (os._exit(70)) from its except on a failed MongoDB write; nothing names the snapshot or the error
"""Aggregate snapshotter (PyMongo): stores periodic snapshots of event-sourced aggregates."""

from __future__ import annotations

import os
import time

from pymongo import MongoClient
from pymongo.errors import PyMongoError

EX_SOFTWARE = 70


def _die() -> None:
    os._exit(EX_SOFTWARE)


class Snapshotter:
    def __init__(self, client: MongoClient, every: int = 100) -> None:
        self.snapshots = client.eventstore.snapshots
        self.every = every

    def maybe_snapshot(self, aggregate_id: str, version: int, state: dict) -> None:
        if version % self.every:
            return
        doc = {"_id": f"{aggregate_id}:{version}", "aggregate": aggregate_id, "state": state}
        try:
            self.snapshots.insert_one({**doc, "taken_at": time.time()})
        except PyMongoError:
            _die()
