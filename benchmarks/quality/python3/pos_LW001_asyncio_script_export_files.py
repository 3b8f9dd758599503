# Positive LW001: nightly export script spawns file writes via to_thread tasks and exits without awaiting them.
import asyncio
import csv
import sys
from pathlib import Path

from reports.source import fetch_invoices_for


def write_invoice_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


async def export_customer(customer_id: str, out_dir: Path) -> None:
    rows = await fetch_invoices_for(customer_id)
    if not rows:
        return
    target = out_dir / f"{customer_id}.csv"
    asyncio.create_task(asyncio.to_thread(write_invoice_csv, target, rows))


async def main(customers: list[str], out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    for customer in customers:
        await export_customer(customer, out_dir)
    print(f"exported {len(customers)} customers to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[2:], Path(sys.argv[1]))))
