# positive LW005: Litestar route produces the payment to Kafka without waiting for delivery (no flush, no delivery check) and answers 201 "recorded"
"""Payment capture API: the ledger consumer persists what lands on the `payments` topic."""

from __future__ import annotations

import json
import uuid

from confluent_kafka import Producer
from litestar import Litestar, post
from pydantic import BaseModel

producer = Producer({"bootstrap.servers": "kafka:9092", "linger.ms": 50})


class Capture(BaseModel):
    account: str
    amount_cents: int
    currency: str


@post("/payments", status_code=201)
async def capture(data: Capture) -> dict[str, str]:
    payment_id = str(uuid.uuid4())
    producer.produce(
        "payments", key=payment_id, value=json.dumps({"id": payment_id, **data.model_dump()})
    )
    producer.poll(0)
    return {"id": payment_id, "status": "recorded"}


app = Litestar(route_handlers=[capture])
