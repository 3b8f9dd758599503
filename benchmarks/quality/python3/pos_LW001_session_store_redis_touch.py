# Positive LW001: redis session store refreshes the session hash in a dropped background task.
import asyncio
import time
from dataclasses import dataclass, field

from redis.asyncio import Redis

SESSION_TTL = 3600


@dataclass
class Session:
    sid: str
    user_id: int
    data: dict[str, str] = field(default_factory=dict)


class RedisSessionStore:
    def __init__(self, redis: Redis, prefix: str = "sess:") -> None:
        self._redis = redis
        self._prefix = prefix

    def _key(self, sid: str) -> str:
        return f"{self._prefix}{sid}"

    async def load(self, sid: str) -> Session | None:
        raw = await self._redis.hgetall(self._key(sid))
        if not raw:
            return None
        user_id = int(raw.pop(b"user_id"))
        return Session(sid, user_id, {k.decode(): v.decode() for k, v in raw.items()})

    def touch(self, session: Session) -> None:
        """Persist the session's data and last-seen stamp without slowing the request."""
        mapping = {**session.data, "user_id": str(session.user_id), "seen": str(int(time.time()))}
        asyncio.get_running_loop().create_task(
            self._redis.hset(self._key(session.sid), mapping=mapping)
        )

    async def destroy(self, sid: str) -> None:
        await self._redis.delete(self._key(sid))
