# Positive LW007: product import aborts with a bare SystemExit when bulk_write fails, discarding the error details.
from __future__ import annotations

import csv
from pathlib import Path

from pymongo import MongoClient, UpdateOne
from pymongo.errors import BulkWriteError


def read_products(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as fh:
        return list(csv.DictReader(fh))


def import_products(uri: str, path: Path) -> int:
    products = MongoClient(uri)["catalog"]["products"]
    ops = [UpdateOne({"sku": p["sku"]}, {"$set": p}, upsert=True) for p in read_products(path)]
    try:
        result = products.bulk_write(ops, ordered=False)
    except BulkWriteError:
        raise SystemExit(3) from None
    return result.upserted_count + result.modified_count
