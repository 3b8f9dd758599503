# negative LW002: inserts are gathered inside try, and only then does finally close the asyncpg connection
import asyncio

import asyncpg


async def register_downloads(dsn: str, user_id: int, file_ids: list[int]) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        async with conn.transaction():
            await asyncio.gather(
                *(
                    conn.execute(
                        "INSERT INTO downloads (user_id, file_id) VALUES ($1, $2)", user_id, fid
                    )
                    for fid in file_ids
                )
            )
    finally:
        await conn.close()
