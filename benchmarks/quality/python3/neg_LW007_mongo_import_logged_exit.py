# Negative LW007: product import logs the bulk-write error details before exiting with a non-zero status.
from __future__ import annotations

import csv
import logging
import sys
from pathlib import Path

from pymongo import MongoClient, UpdateOne
from pymongo.errors import BulkWriteError

logger = logging.getLogger("catalog.import")


def import_products(uri: str, path: Path) -> int:
    with path.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    products = MongoClient(uri)["catalog"]["products"]
    try:
        result = products.bulk_write(
            [UpdateOne({"sku": r["sku"]}, {"$set": r}, upsert=True) for r in rows]
        )
    except BulkWriteError as exc:
        logger.error(
            "import of %s failed: %d write errors, first: %s",
            path,
            len(exc.details["writeErrors"]),
            exc.details["writeErrors"][:1],
        )
        sys.exit(3)
    return result.upserted_count + result.modified_count
