# negative LW003: an export writes a brand-new timestamped file with mode "x", never an existing state file
import csv
import datetime as dt
from pathlib import Path


def export_orders(rows: list[dict], out_dir: Path) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    out = out_dir / f"orders-{stamp}.csv"
    with out.open("x", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "customer", "total"])
        writer.writeheader()
        writer.writerows(rows)
    return out
