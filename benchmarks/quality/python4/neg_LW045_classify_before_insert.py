# negative LW045: fixed form, the classifier is imported at module load and its verdict is set on the row before insert_one
"""Assistant turn recorder (FastAPI + Motor)."""

from __future__ import annotations

import uuid

from assistant.clarify_classifier import classify
from fastapi import FastAPI
from motor.motor_asyncio import AsyncIOMotorClient
from pydantic import BaseModel

app = FastAPI()
turns = AsyncIOMotorClient("mongodb://mongo").assistant.turns


class TurnIn(BaseModel):
    session_id: str
    text: str
    asked_clarification: bool


@app.post("/turns", status_code=201)
async def record_turn(turn: TurnIn) -> dict[str, str]:
    row = {
        "_id": uuid.uuid4().hex,
        "session": turn.session_id,
        "text": turn.text,
        "would_have_asked": turn.asked_clarification,
    }
    row["classifier_verdict"] = classify(turn.text)
    await turns.insert_one(row)
    return {"id": row["_id"]}
