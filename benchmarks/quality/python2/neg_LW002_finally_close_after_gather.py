# negative LW002: writes are started as tasks, gathered inside the try, and only then does `finally` close the connection
import asyncio

import psycopg


async def copy_tags(dsn: str, tags: list[tuple[int, str]]) -> None:
    conn = await psycopg.AsyncConnection.connect(dsn)
    try:
        async with conn.cursor() as cur:
            await cur.execute("SELECT 1")
        tasks = [
            asyncio.create_task(
                conn.execute("INSERT INTO tags (post_id, tag) VALUES (%s, %s)", (post_id, tag))
            )
            for post_id, tag in tags
        ]
        await asyncio.gather(*tasks)
        await conn.commit()
    finally:
        await conn.close()
