# positive LW001: aiokafka consumer schedules `self.vault.store(...)` (an asyncpg INSERT) with loop.create_task and never keeps the task
# ruff: noqa: RUF006
"""Document vault consumer: stores every uploaded document's metadata."""

from __future__ import annotations

import asyncio
import json
import logging

import asyncpg
from aiokafka import AIOKafkaConsumer

log = logging.getLogger("vault.consumer")


class Vault:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def store(self, doc_id: str, owner: str, sha256: str, size: int) -> None:
        async with self._pool.acquire() as conn:
            await conn.execute(
                "INSERT INTO documents (id, owner, sha256, size) VALUES ($1, $2, $3, $4)",
                doc_id,
                owner,
                sha256,
                size,
            )


class UploadConsumer:
    def __init__(self, consumer: AIOKafkaConsumer, vault: Vault) -> None:
        self.consumer = consumer
        self.vault = vault

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        await self.consumer.start()
        try:
            async for msg in self.consumer:
                payload = json.loads(msg.value)
                log.debug("upload %s from %s", payload["id"], payload["owner"])
                loop.create_task(
                    self.vault.store(
                        payload["id"], payload["owner"], payload["sha256"], payload["size"]
                    )
                )
                await self.consumer.commit()
        finally:
            await self.consumer.stop()


async def main() -> None:
    pool = await asyncpg.create_pool("postgresql://vault@db/vault")
    consumer = AIOKafkaConsumer(
        "uploads", bootstrap_servers="kafka:9092", group_id="vault", enable_auto_commit=False
    )
    await UploadConsumer(consumer, Vault(pool)).run()


if __name__ == "__main__":
    asyncio.run(main())
