# negative LW007: the snapshot writer reports the failed insert to Sentry with the snapshot id as context, flushes, then exits
"""Aggregate snapshotter (PyMongo + Sentry)."""

from __future__ import annotations

import os
import time

import sentry_sdk
from pymongo import MongoClient
from pymongo.errors import PyMongoError

EX_SOFTWARE = 70


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
        except PyMongoError as exc:
            with sentry_sdk.new_scope() as scope:
                scope.set_context("snapshot", {"aggregate": aggregate_id, "version": version})
                sentry_sdk.capture_exception(exc)
            sentry_sdk.flush(timeout=5)
            os._exit(EX_SOFTWARE)
