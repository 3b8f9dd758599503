# negative LW007: the worker reports the failed write to Sentry with context and logs it before exiting
import logging
import sys

import sentry_sdk
from pymongo import MongoClient
from pymongo.errors import PyMongoError

log = logging.getLogger("recorder")


def record_all(docs: list[dict]) -> None:
    events = MongoClient("mongodb://mongo:27017")["telemetry"]["events"]
    for doc in docs:
        try:
            events.insert_one(doc)
        except PyMongoError as exc:
            with sentry_sdk.push_scope() as scope:
                scope.set_extra("event_id", doc.get("_id"))
                sentry_sdk.capture_exception(exc)
            log.critical("telemetry write failed for %s, stopping", doc.get("_id"))
            sys.exit(70)
