# positive LW007: a sync exporter POSTs records to the store; on HTTPStatusError it quits with sys.exit(4), no log line
import sys

import httpx

STORE = "https://warehouse.internal/api/rows"


def export(rows: list[dict]) -> None:
    with httpx.Client(timeout=30) as client:
        for chunk_start in range(0, len(rows), 500):
            try:
                response = client.post(STORE, json=rows[chunk_start : chunk_start + 500])
                response.raise_for_status()
            except httpx.HTTPStatusError:
                sys.exit(4)
