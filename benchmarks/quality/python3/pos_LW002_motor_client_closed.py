# Positive LW002: one-shot CLI creates a Motor client, schedules the insert, and closes the client in finally.
import asyncio
import json
import sys
from pathlib import Path

from motor.motor_asyncio import AsyncIOMotorClient


def load_documents(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


async def seed(uri: str, path: Path) -> None:
    client = AsyncIOMotorClient(uri)
    try:
        catalog = client["catalog"]["listings"]
        docs = load_documents(path)
        loop = asyncio.get_running_loop()
        loop.create_task(catalog.insert_many(docs, ordered=False))
        print(f"seeding {len(docs)} listings")
    finally:
        client.close()


if __name__ == "__main__":
    asyncio.run(seed(sys.argv[1], Path(sys.argv[2])))
