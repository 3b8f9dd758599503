# positive LW004: boto3 put_object failure is logged with logger.exception but not re-raised; the export job returns the key as if stored
"""Export service: writes customer data exports to S3 (sync boto3)."""

from __future__ import annotations

import gzip
import json
import logging

import boto3
from botocore.exceptions import BotoCoreError, ClientError

logger = logging.getLogger(__name__)
s3 = boto3.client("s3")
BUCKET = "customer-exports"


def build_export(customer_id: str, records: list[dict]) -> bytes:
    body = "\n".join(json.dumps(r, default=str) for r in records)
    return gzip.compress(body.encode())


def write_export(customer_id: str, records: list[dict]) -> str:
    key = f"exports/{customer_id}.jsonl.gz"
    try:
        s3.put_object(Bucket=BUCKET, Key=key, Body=build_export(customer_id, records))
    except (ClientError, BotoCoreError):
        logger.exception("export upload failed for %s", customer_id)
    return key


def run_export(customer_id: str, repo) -> dict[str, str]:
    key = write_export(customer_id, repo.all_records(customer_id))
    repo.mark_exported(customer_id, key)
    return {"customer": customer_id, "location": f"s3://{BUCKET}/{key}"}
