# positive LW045: the login event is XADDed to the stream, then loop.call_later schedules a geo lookup that sets fields["country"] on the dict already sent
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
    entry_id = await redis.xadd("security:logins", fields)

    def add_country() -> None:
        fields["country"] = country_for_ip(fields["ip"])

    asyncio.get_running_loop().call_later(0.05, add_country)
    return json({"entry": entry_id.decode()})
