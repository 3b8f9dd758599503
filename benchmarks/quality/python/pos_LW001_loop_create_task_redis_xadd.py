# positive LW001: loop.create_task(redis.xadd(...)) in a consumer callback, task dropped
import asyncio

import redis.asyncio as aioredis

r = aioredis.from_url("redis://localhost:6379/0")


class AuditTrail:
    def __init__(self, stream: str = "audit") -> None:
        self.stream = stream
        self.loop = asyncio.get_event_loop()

    def on_login(self, user_id: str, ip: str) -> None:
        self.loop.create_task(r.xadd(self.stream, {"user": user_id, "ip": ip, "kind": "login"}))
