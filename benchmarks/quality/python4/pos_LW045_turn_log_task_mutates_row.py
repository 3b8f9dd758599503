# positive LW045: the turn row is inserted first, then a background task loads the classifier and sets row["classifier_verdict"] on the in-memory dict only
"""Assistant turn recorder (FastAPI + Motor)."""

from __future__ import annotations

import asyncio
import importlib
import uuid

from fastapi import FastAPI
from motor.motor_asyncio import AsyncIOMotorClient
from pydantic import BaseModel

app = FastAPI()
turns = AsyncIOMotorClient("mongodb://mongo").assistant.turns
_bg: set[asyncio.Task[None]] = set()


class TurnIn(BaseModel):
    session_id: str
    text: str
    asked_clarification: bool


async def load_classifier():
    module = await asyncio.to_thread(importlib.import_module, "assistant.clarify_classifier")
    return module.classify


@app.post("/turns", status_code=201)
async def record_turn(turn: TurnIn) -> dict[str, str]:
    row = {
        "_id": uuid.uuid4().hex,
        "session": turn.session_id,
        "text": turn.text,
        "would_have_asked": turn.asked_clarification,
    }
    await turns.insert_one(row)

    async def enrich() -> None:
        classify = await load_classifier()
        row["classifier_verdict"] = classify(turn.text)

    task = asyncio.create_task(enrich())
    _bg.add(task)
    task.add_done_callback(_bg.discard)
    return {"id": row["_id"]}
