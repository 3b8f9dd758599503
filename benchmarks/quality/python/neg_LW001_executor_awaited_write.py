# negative LW001: the blocking file append runs in an executor and the future is awaited
import asyncio
import json
from pathlib import Path

JOURNAL = Path("journal.jsonl")


def _append(entry: dict) -> None:
    with JOURNAL.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


async def journal(entry: dict) -> None:
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, _append, entry)
