# Positive LW004: payment webhook stores the processed-event marker inside contextlib.suppress, discarding any failure.
from __future__ import annotations

import contextlib
import json

from payments.ledger import apply_payment
from redis import Redis


class WebhookProcessor:
    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    def already_processed(self, event_id: str) -> bool:
        return bool(self.redis.exists(f"stripe:evt:{event_id}"))

    def handle(self, raw: bytes) -> str:
        event = json.loads(raw)
        if self.already_processed(event["id"]):
            return "duplicate"
        apply_payment(event["data"]["object"])
        with contextlib.suppress(Exception):
            self.redis.set(f"stripe:evt:{event['id']}", "1", ex=7 * 24 * 3600)
        return "ok"
