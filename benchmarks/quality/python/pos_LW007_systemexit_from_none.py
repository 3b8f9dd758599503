# positive LW007: `raise SystemExit(1) from None` after a failed Mongo write hides the error and the document
from pymongo import MongoClient
from pymongo.errors import PyMongoError

client = MongoClient("mongodb://localhost:27017")


def archive(report: dict) -> None:
    try:
        client.reports.archive.replace_one({"_id": report["_id"]}, report, upsert=True)
    except PyMongoError:
        raise SystemExit(1) from None
