# positive LW002: a spawned INSERT on an asyncpg connection that the finally block closes right away
# ruff: noqa: RUF006
import asyncio

import asyncpg


async def register_download(dsn: str, user_id: int, file_id: int) -> dict:
    conn = await asyncpg.connect(dsn)
    try:
        meta = await conn.fetchrow("SELECT name, size FROM files WHERE id = $1", file_id)
        asyncio.create_task(
            conn.execute(
                "INSERT INTO downloads (user_id, file_id) VALUES ($1, $2)", user_id, file_id
            )
        )
        return dict(meta)
    finally:
        await conn.close()
