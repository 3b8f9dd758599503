# negative LW001: archive.store(...) calls run in an asyncio.TaskGroup, which awaits all of them and raises failures
import asyncio
from collections.abc import Iterable


class Archive:
    def __init__(self, pool) -> None:
        self.pool = pool

    async def store(self, doc_id: str, body: str) -> None:
        async with self.pool.acquire() as conn:
            await conn.execute(
                "INSERT INTO archive (doc_id, body) VALUES ($1, $2) "
                "ON CONFLICT (doc_id) DO UPDATE SET body = excluded.body",
                doc_id,
                body,
            )


async def archive_batch(archive: Archive, docs: Iterable[tuple[str, str]]) -> int:
    count = 0
    async with asyncio.TaskGroup() as tg:
        for doc_id, body in docs:
            tg.create_task(archive.store(doc_id, body))
            count += 1
    return count
