# Negative LW045: the classifier is imported at module load and the verdict is set before the turn row is inserted.
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assist.classifier import classify


@dataclass
class Turn:
    id: str
    conversation_id: str
    text: str
    would_have_asked: bool


class TurnRecorder:
    def __init__(self, collection: Any) -> None:
        self.collection = collection

    async def record(self, turn: Turn) -> dict[str, Any]:
        row: dict[str, Any] = {
            "id": turn.id,
            "conversation_id": turn.conversation_id,
            "text": turn.text,
            "would_have_asked": turn.would_have_asked,
        }
        row["classifier_verdict"] = classify(turn.text)
        await self.collection.insert_one(row)
        return row
