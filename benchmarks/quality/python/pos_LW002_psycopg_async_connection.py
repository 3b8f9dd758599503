# positive LW002: aconn.execute(INSERT) spawned inside `async with await psycopg.AsyncConnection.connect(...)`, closed at block exit
# ruff: noqa: RUF006
import asyncio

import psycopg


async def mark_seen(dsn: str, notification_ids: list[int], user_id: int) -> None:
    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as aconn:
        for nid in notification_ids:
            asyncio.create_task(
                aconn.execute(
                    "INSERT INTO seen (notification_id, user_id) VALUES (%s, %s)", (nid, user_id)
                )
            )
