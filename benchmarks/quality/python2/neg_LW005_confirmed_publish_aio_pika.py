# negative LW005: the order is published on a channel with publisher confirms and the publish is awaited before 202
import json
import uuid

import aio_pika
from fastapi import FastAPI

app = FastAPI()


@app.on_event("startup")
async def connect() -> None:
    app.state.amqp = await aio_pika.connect_robust("amqp://guest:guest@rabbit/")
    app.state.channel = await app.state.amqp.channel(publisher_confirms=True)
    app.state.exchange = await app.state.channel.declare_exchange("orders", durable=True)


@app.post("/orders", status_code=202)
async def submit_order(body: dict) -> dict:
    order_id = str(uuid.uuid4())
    message = aio_pika.Message(
        json.dumps({"id": order_id, **body}).encode(),
        delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
    )
    await app.state.exchange.publish(
        message, routing_key="orders.new"
    )  # returns after the broker confirm
    return {"id": order_id, "status": "accepted", "status_url": f"/orders/{order_id}"}
