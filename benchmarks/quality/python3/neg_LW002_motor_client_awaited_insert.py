# Negative LW002: seeding CLI awaits insert_many before the finally closes the Motor client.
import asyncio
import json
import sys
from pathlib import Path

from motor.motor_asyncio import AsyncIOMotorClient


def load_documents(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


async def seed(uri: str, path: Path) -> int:
    client = AsyncIOMotorClient(uri)
    try:
        listings = client["catalog"]["listings"]
        docs = load_documents(path)
        result = await listings.insert_many(docs, ordered=False)
        return len(result.inserted_ids)
    finally:
        client.close()


if __name__ == "__main__":
    print(asyncio.run(seed(sys.argv[1], Path(sys.argv[2]))), "listings seeded")
