# Negative LW005: aiohttp handler publishes with publisher confirms (awaited) before answering 202 Accepted.
from __future__ import annotations

import json

import aio_pika
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/patients/{patient_id}/readings")
async def add_reading(request: web.Request) -> web.Response:
    body = await request.json()
    reading = {"patient_id": request.match_info["patient_id"], **body}
    channel: aio_pika.abc.AbstractChannel = request.app[
        "channel"
    ]  # opened with publisher_confirms=True
    await channel.default_exchange.publish(
        aio_pika.Message(
            json.dumps(reading).encode(), delivery_mode=aio_pika.DeliveryMode.PERSISTENT
        ),
        routing_key="readings",
    )
    return web.json_response({"accepted": True}, status=202)
