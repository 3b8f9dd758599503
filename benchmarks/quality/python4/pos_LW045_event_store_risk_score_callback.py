# positive LW045: the TransferRequested event is appended to the event store, then a thread-pool future's callback puts the risk score into event.metadata, which nothing re-appends
"""Transfers aggregate: appends events to an append-only event store (psycopg 3)."""

from __future__ import annotations

import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import psycopg
from risk.model import score_transfer

scoring = ThreadPoolExecutor(max_workers=4, thread_name_prefix="risk")


@dataclass
class Event:
    stream: str
    type: str
    data: dict
    metadata: dict = field(default_factory=dict)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)


class EventStore:
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def append(self, event: Event) -> None:
        with self.conn.transaction():
            self.conn.execute(
                "INSERT INTO events (id, stream, type, data, metadata) VALUES (%s, %s, %s, %s, %s)",
                (
                    event.id,
                    event.stream,
                    event.type,
                    json.dumps(event.data),
                    json.dumps(event.metadata),
                ),
            )


def request_transfer(archive: EventStore, account: str, to: str, cents: int) -> Event:
    event = Event(
        stream=f"account-{account}",
        type="TransferRequested",
        data={"to": to, "cents": cents},
        metadata={"would_have_asked": cents > 100_000},
    )
    archive.append(event)
    fut = scoring.submit(score_transfer, account, to, cents)
    fut.add_done_callback(lambda f: event.metadata.update(risk_score=f.result()))
    return event
