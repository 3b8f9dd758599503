# Positive LW045: assistant turn log inserts the row, then a background task sets classifier_verdict on the in-memory dict only.
from __future__ import annotations

import asyncio
import importlib
import logging
from dataclasses import dataclass
from typing import Any

logger = logging.getLogger(__name__)


@dataclass
class Turn:
    id: str
    conversation_id: str
    text: str
    would_have_asked: bool


class TurnStore:
    def __init__(self, collection: Any) -> None:
        self.collection = collection

    async def insert(self, row: dict[str, Any]) -> None:
        await self.collection.insert_one(row)


async def _load_classifier() -> Any:
    module = await asyncio.to_thread(importlib.import_module, "assist.classifier")
    return module.classify


class TurnRecorder:
    def __init__(self, store: TurnStore) -> None:
        self.store = store
        self._tasks: set[asyncio.Task[None]] = set()

    async def record(self, turn: Turn) -> dict[str, Any]:
        row: dict[str, Any] = {
            "id": turn.id,
            "conversation_id": turn.conversation_id,
            "text": turn.text,
            "would_have_asked": turn.would_have_asked,
        }
        await self.store.insert(row)

        async def enrich() -> None:
            classify = await _load_classifier()
            row["classifier_verdict"] = classify(turn.text)

        task = asyncio.create_task(enrich())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return row
