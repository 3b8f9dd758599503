# positive LW004: redis xadd of an activity event wrapped in `except RedisError: pass`
import redis.asyncio as redis
from redis.exceptions import RedisError

r = redis.Redis(host="redis", port=6379)


class ActivityFeed:
    async def publish(self, user_id: str, verb: str, obj: str) -> None:
        try:
            await r.xadd(f"feed:{user_id}", {"verb": verb, "object": obj})
        except RedisError:
            pass
