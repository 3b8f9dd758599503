# negative LW002: everything is awaited in order; the redis client is closed in finally after the write completed
import redis.asyncio as redis


async def save_session(session_id: str, data: dict[str, str], ttl: int = 3600) -> None:
    r = redis.from_url("redis://cache:6379/1")
    try:
        await r.hset(f"session:{session_id}", mapping=data)
        await r.expire(f"session:{session_id}", ttl)
    finally:
        await r.aclose()
