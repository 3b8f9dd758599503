# positive LW045: an event is appended to the event store, then a background task adds geo metadata to the in-memory event
# ruff: noqa: RUF006
import asyncio
from dataclasses import dataclass, field

from tracking.geo import lookup_country


@dataclass
class Event:
    id: str
    kind: str
    ip: str
    metadata: dict = field(default_factory=dict)


class Recorder:
    def __init__(self, store) -> None:
        self.store = store

    async def annotate(self, event: Event) -> None:
        event.metadata["country"] = await lookup_country(event.ip)

    async def record(self, event: Event) -> Event:
        await self.store.append(event.id, event)
        asyncio.ensure_future(self.annotate(event))
        return event
