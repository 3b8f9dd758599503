# positive LW003: consumer checkpoint of partition offsets rewritten in place with open(..., "w") + json.dump, and read back on start
"""Clickstream sink: consumes Kafka partitions and keeps its own offset checkpoint."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from confluent_kafka import Consumer, TopicPartition

log = logging.getLogger(__name__)
CHECKPOINT = Path("/var/lib/clicksink/offsets.json")


def load_offsets() -> dict[str, int]:
    if not CHECKPOINT.exists():
        return {}
    with open(CHECKPOINT) as fh:
        return json.load(fh)


def save_offsets(offsets: dict[str, int]) -> None:
    with open(CHECKPOINT, "w") as fh:
        json.dump(offsets, fh, indent=2, sort_keys=True)


def run(consumer: Consumer, sink) -> None:
    offsets = load_offsets()
    consumer.assign(
        [TopicPartition("clicks", int(p), off) for p, off in offsets.items()]
        or [TopicPartition("clicks", 0)]
    )
    processed = 0
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        sink.write(msg.value())
        offsets[str(msg.partition())] = msg.offset() + 1
        processed += 1
        if processed % 500 == 0:
            sink.flush()
            save_offsets(offsets)
            log.info("checkpointed %d partitions", len(offsets))
