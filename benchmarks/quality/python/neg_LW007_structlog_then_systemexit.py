# negative LW007: structlog records the failed archive write with its id before SystemExit
import structlog
from pymongo import MongoClient
from pymongo.errors import PyMongoError

log = structlog.get_logger()
client = MongoClient("mongodb://localhost:27017")


def archive(report: dict) -> None:
    try:
        client.reports.archive.replace_one({"_id": report["_id"]}, report, upsert=True)
    except PyMongoError as exc:
        log.error("archive write failed", report_id=str(report["_id"]), error=str(exc))
        raise SystemExit(1) from exc
