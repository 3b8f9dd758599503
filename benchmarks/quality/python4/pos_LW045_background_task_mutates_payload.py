# positive LW045: the event is INSERTed (awaited), then BackgroundTasks runs `annotate_language` which only sets payload["language"] in memory
"""Support chat transcripts (FastAPI + `databases`)."""

from __future__ import annotations

import json
import uuid

from databases import Database
from fastapi import BackgroundTasks, FastAPI
from langdetect import detect

app = FastAPI()
database = Database("postgresql://chat@db/chat")


def annotate_language(payload: dict) -> None:
    payload["language"] = detect(payload["text"])


@app.post("/transcripts", status_code=201)
async def store_transcript(body: dict, background: BackgroundTasks) -> dict[str, str]:
    payload = {"id": uuid.uuid4().hex, "agent": body["agent"], "text": body["text"]}
    await database.execute(
        "INSERT INTO transcripts (id, agent, doc) VALUES (:id, :agent, :doc)",
        {"id": payload["id"], "agent": payload["agent"], "doc": json.dumps(payload)},
    )
    background.add_task(annotate_language, payload)
    return {"id": payload["id"]}
