# positive LW045: a conversation recorder inserts the turn, then a background task sets row["classifier_verdict"] only in memory
from __future__ import annotations

import asyncio
import importlib
from dataclasses import dataclass


@dataclass
class Turn:
    id: str
    text: str
    asked: bool


class TurnStore:
    def __init__(self, pool) -> None:
        self.pool = pool

    async def insert(self, row: dict) -> None:
        await self.pool.execute(
            "INSERT INTO turns (id, body) VALUES ($1, $2::jsonb)", row["id"], row
        )


class TurnRecorder:
    def __init__(self, store: TurnStore) -> None:
        self.store = store
        self._tasks: set[asyncio.Task] = set()

    async def record(self, turn: Turn) -> dict:
        row = {"id": turn.id, "text": turn.text, "would_have_asked": turn.asked}
        await self.store.insert(row)

        async def enrich() -> None:
            classifier = await asyncio.to_thread(importlib.import_module, "nlp.classifier")
            row["classifier_verdict"] = classifier.classify(turn.text)

        task = asyncio.create_task(enrich())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return row
