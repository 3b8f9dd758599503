# negative LW001: one task per upsert, all collected in a list and awaited with asyncio.gather
"""Catalogue sync job: upserts every product from the supplier feed (redis-py asyncio)."""

from __future__ import annotations

import asyncio
import json
import logging

import httpx
import redis.asyncio as redis

log = logging.getLogger(__name__)


async def upsert_product(r: redis.Redis, product: dict) -> None:
    key = f"product:{product['sku']}"
    await r.hset(key, mapping={"name": product["name"], "price": str(product["price"])})
    await r.sadd("products:all", product["sku"])


async def sync_catalogue(feed_url: str) -> int:
    r = redis.Redis(host="cache", decode_responses=True)
    try:
        async with httpx.AsyncClient() as http:
            resp = await http.get(feed_url)
            resp.raise_for_status()
        products = json.loads(resp.text)["products"]
        tasks = [asyncio.create_task(upsert_product(r, p)) for p in products]
        results = await asyncio.gather(*tasks, return_exceptions=True)
        failed = [r for r in results if isinstance(r, BaseException)]
        if failed:
            raise BaseExceptionGroup(f"{len(failed)} product upserts failed", failed)
        log.info("synced %d products", len(tasks))
        return len(tasks)
    finally:
        await r.aclose()


if __name__ == "__main__":
    asyncio.run(sync_catalogue("https://supplier.example/feed.json"))
