# negative LW004: a failed Redis cache *read* is logged and falls back to the database; the write path re-raises
"""Product lookups with a read-through cache (FastAPI + redis asyncio + databases)."""

from __future__ import annotations

import json
import logging

from databases import Database
from fastapi import FastAPI, HTTPException
from redis.asyncio import Redis
from redis.exceptions import RedisError

log = logging.getLogger(__name__)
app = FastAPI()
db = Database("postgresql://shop@db/shop")
cache = Redis(host="cache")


async def load_product(sku: str) -> dict | None:
    try:
        cached = await cache.get(f"product:{sku}")
    except RedisError as exc:
        log.warning("cache unavailable, reading %s from db: %s", sku, exc)
        cached = None
    if cached:
        return json.loads(cached)
    row = await db.fetch_one("SELECT sku, name, price FROM products WHERE sku = :sku", {"sku": sku})
    return dict(row) if row else None


@app.get("/products/{sku}")
async def get_product(sku: str) -> dict:
    product = await load_product(sku)
    if product is None:
        raise HTTPException(404)
    return product


@app.put("/products/{sku}/price")
async def set_price(sku: str, price: float) -> dict:
    async with db.transaction():
        await db.execute(
            "UPDATE products SET price = :price WHERE sku = :sku", {"price": price, "sku": sku}
        )
    try:
        await cache.delete(f"product:{sku}")
    except RedisError:
        log.exception("cache invalidation for %s failed", sku)
        raise
    return {"sku": sku, "price": price}
