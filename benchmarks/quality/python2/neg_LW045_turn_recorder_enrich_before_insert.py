# negative LW045: the fixed recorder imports the pure classifier at module load and sets the verdict before the insert
from dataclasses import dataclass

from nlp.classifier import classify


@dataclass
class Turn:
    id: str
    text: str
    asked: bool


class TurnRecorder:
    def __init__(self, pool) -> None:
        self.pool = pool

    async def record(self, turn: Turn) -> dict:
        row = {"id": turn.id, "text": turn.text, "would_have_asked": turn.asked}
        row["classifier_verdict"] = classify(turn.text)
        await self.pool.execute(
            "INSERT INTO turns (id, body) VALUES ($1, $2::jsonb)", row["id"], row
        )
        return row
