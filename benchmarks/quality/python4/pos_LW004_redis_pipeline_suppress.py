# positive LW004: the cart write to Redis is wrapped in contextlib.suppress(RedisError); the failure vanishes without a trace
"""Shopping cart (Flask + redis-py)."""

from __future__ import annotations

import contextlib
import json

import redis
from flask import Flask, jsonify, request

app = Flask(__name__)
r = redis.Redis(host="redis", port=6379)
CART_TTL = 7 * 24 * 3600


def cart_key(user_id: str) -> str:
    return f"cart:{user_id}"


@app.get("/cart/<user_id>")
def get_cart(user_id: str):
    raw = r.hgetall(cart_key(user_id))
    return jsonify({k.decode(): json.loads(v) for k, v in raw.items()})


@app.post("/cart/<user_id>/items")
def add_item(user_id: str):
    item = request.get_json()
    with contextlib.suppress(redis.RedisError):
        pipe = r.pipeline()
        pipe.hset(cart_key(user_id), item["sku"], json.dumps({"qty": item["qty"]}))
        pipe.expire(cart_key(user_id), CART_TTL)
        pipe.execute()
    return jsonify({"added": item["sku"]}), 201
