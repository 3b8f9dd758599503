# Negative LW001: inbox consumer stores a batch of messages concurrently inside an asyncio.TaskGroup.
import asyncio
import json
import logging
from typing import Any

import asyncpg

log = logging.getLogger("inbox.consumer")


class InboxRepository:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def store(self, mailbox_id: str, message: dict[str, Any]) -> None:
        await self.pool.execute(
            "INSERT INTO inbox_messages (mailbox_id, message_id, body) VALUES ($1, $2, $3)"
            " ON CONFLICT (message_id) DO NOTHING",
            mailbox_id,
            message["id"],
            json.dumps(message),
        )


async def drain_batch(queue: asyncio.Queue[bytes], size: int) -> list[dict[str, Any]]:
    batch = [json.loads(await queue.get())]
    while len(batch) < size and not queue.empty():
        batch.append(json.loads(queue.get_nowait()))
    return batch


async def consume(queue: asyncio.Queue[bytes], inbox: InboxRepository) -> None:
    while True:
        batch = await drain_batch(queue, 50)
        async with asyncio.TaskGroup() as tg:
            for message in batch:
                tg.create_task(inbox.store(message.get("mailbox", "default"), message))
        for _ in batch:
            queue.task_done()
        log.debug("stored %d messages", len(batch))
