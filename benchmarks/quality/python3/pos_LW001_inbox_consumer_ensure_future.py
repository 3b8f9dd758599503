# Positive LW001: inbox consumer stores each message via ensure_future and never looks at the future again.
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


def parse(raw: bytes) -> dict[str, Any]:
    return json.loads(raw.decode("utf-8"))


async def consume(queue: asyncio.Queue[bytes], inbox: InboxRepository) -> None:
    while True:
        raw = await queue.get()
        message = parse(raw)
        mailbox = message.get("mailbox", "default")
        asyncio.ensure_future(inbox.store(mailbox, message))
        queue.task_done()
        log.debug("dispatched %s", message.get("id"))


async def main(dsn: str) -> None:
    pool = await asyncpg.create_pool(dsn)
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    await consume(queue, InboxRepository(pool))


if __name__ == "__main__":
    asyncio.run(main("postgresql://localhost/inbox"))
