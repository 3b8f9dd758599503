# positive LW002: a Motor insert_many is spawned and the client is closed right after, in a CLI import script
# ruff: noqa: RUF006
import asyncio
import json
import sys

from motor.motor_asyncio import AsyncIOMotorClient


async def main(path: str) -> None:
    client = AsyncIOMotorClient("mongodb://localhost:27017")
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    asyncio.create_task(client.crm.contacts.insert_many(docs))
    client.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
