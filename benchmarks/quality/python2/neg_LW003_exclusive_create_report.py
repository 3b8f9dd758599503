# negative LW003: a nightly export writes a brand-new timestamped CSV with mode "x"; no live state file is rewritten
import csv
from datetime import UTC, datetime
from pathlib import Path


def export_orders(rows: list[dict], out_dir: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = out_dir / f"orders-{stamp}.csv"
    with open(target, "x", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "customer", "total"])
        writer.writeheader()
        writer.writerows(rows)
    return target
