# negative LW005: the payment event is published with `await producer.send_and_wait(...)` (broker ack) before the 202 answer
"""Payment capture API (Sanic + aiokafka): the ledger consumer persists what lands on the topic."""

from __future__ import annotations

import json
import uuid

from aiokafka import AIOKafkaProducer
from sanic import Sanic
from sanic import json as json_response
from sanic.request import Request

app = Sanic("payments")


@app.before_server_start
async def start_producer(app: Sanic) -> None:
    app.ctx.producer = AIOKafkaProducer(bootstrap_servers="kafka:9092", acks="all")
    await app.ctx.producer.start()


@app.after_server_stop
async def stop_producer(app: Sanic) -> None:
    await app.ctx.producer.stop()


@app.post("/payments")
async def capture(request: Request):
    payment_id = str(uuid.uuid4())
    event = {"id": payment_id, **request.json}
    await app.ctx.producer.send_and_wait(
        "payments", key=payment_id.encode(), value=json.dumps(event).encode()
    )
    return json_response({"id": payment_id, "status": "accepted"}, status=202)
