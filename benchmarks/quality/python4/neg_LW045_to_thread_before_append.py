# negative LW045: the geo lookup runs in a thread and is awaited, the country is added to the fields, and only then is the event XADDed
"""Login events publisher (Sanic + redis asyncio)."""

from __future__ import annotations

import asyncio
import time

from redis.asyncio import Redis
from sanic import Sanic, json
from sanic.request import Request
from security.geo import country_for_ip

app = Sanic("auth-events")
redis = Redis(host="redis")


@app.post("/events/login")
async def login_event(request: Request):
    fields = {
        "user": request.json["user"],
        "ip": request.ip,
        "ts": str(time.time()),
        "mfa": str(request.json.get("mfa", False)),
    }
    fields["country"] = await asyncio.to_thread(country_for_ip, fields["ip"])
    entry_id = await redis.xadd("security:logins", fields)
    return json({"entry": entry_id.decode()})
