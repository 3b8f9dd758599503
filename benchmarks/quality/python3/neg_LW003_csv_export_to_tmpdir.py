# Negative LW003: a one-off CSV export is written into a fresh temporary directory and uploaded; it is not state read back.
from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import boto3
from reports.queries import monthly_revenue_rows


def export_monthly_revenue(bucket: str, month: str) -> str:
    rows = monthly_revenue_rows(month)
    with tempfile.TemporaryDirectory() as workdir:
        out = Path(workdir) / f"revenue-{month}.csv"
        with out.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["account", "plan", "revenue_cents"])
            writer.writerows(rows)
        key = f"exports/revenue/{out.name}"
        boto3.client("s3").upload_file(str(out), bucket, key)
    return key
