# negative LW001: create_task only warms an in-process LRU cache (no store is written); the order itself is awaited
"""Quart storefront: place an order, then warm the recommendations cache."""

from __future__ import annotations

import asyncio
import logging

from quart import Quart, jsonify, request
from shop.models import Order
from shop.recs import recommender
from tortoise.contrib.quart import register_tortoise

app = Quart(__name__)
log = logging.getLogger(__name__)
_warmers: set[asyncio.Task[None]] = set()


async def warm_recommendations(customer_id: int) -> None:
    items = await recommender.compute(customer_id)
    recommender.lru[customer_id] = items  # in-memory only


@app.post("/orders")
async def place_order():
    data = await request.get_json()
    order = await Order.create(customer_id=data["customer_id"], total=data["total"])
    task = asyncio.create_task(warm_recommendations(data["customer_id"]))
    _warmers.add(task)
    task.add_done_callback(_warmers.discard)
    return jsonify({"order": order.id}), 201


register_tortoise(app, db_url="postgres://shop@db/shop", modules={"models": ["shop.models"]})
