# positive LW004: cart items are written to Redis; a RedisError is logged at debug level and the function returns the cart id anyway
import json
import logging
import uuid

import redis.asyncio as redis

log = logging.getLogger("cart")


class CartStore:
    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    async def get(self, cart_id: str) -> dict:
        raw = await self.client.hgetall(f"cart:{cart_id}")
        return {k.decode(): json.loads(v) for k, v in raw.items()}

    async def add_item(self, cart_id: str | None, sku: str, qty: int) -> str:
        cart_id = cart_id or uuid.uuid4().hex
        try:
            await self.client.hset(f"cart:{cart_id}", sku, json.dumps({"qty": qty}))
            await self.client.expire(f"cart:{cart_id}", 86400)
        except redis.RedisError as err:
            log.debug("cart write failed for %s: %s", cart_id, err)
        return cart_id
