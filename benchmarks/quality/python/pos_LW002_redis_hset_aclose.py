# positive LW002: r.hset(...) spawned as a task, then the redis client is closed in the finally block
# ruff: noqa: RUF006
import asyncio

import redis.asyncio as redis


async def save_session(session_id: str, data: dict[str, str]) -> None:
    r = redis.from_url("redis://cache:6379/1")
    try:
        asyncio.create_task(r.hset(f"session:{session_id}", mapping=data))
    finally:
        await r.aclose()
