# positive LW001: loop.run_in_executor(None, append_line, ...) appends to a JSONL ledger and the future is dropped
import asyncio
import json
from pathlib import Path

LEDGER = Path("/var/lib/payments/ledger.jsonl")


def append_line(path: Path, entry: dict) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


async def settle(payment_id: str, amount_cents: int) -> dict:
    entry = {"payment": payment_id, "amount": amount_cents, "state": "settled"}
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, append_line, LEDGER, entry)
    return entry
