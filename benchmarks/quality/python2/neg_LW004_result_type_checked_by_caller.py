# negative LW004: save returns an explicit Saved | Failed result and the FastAPI route turns Failed into a 503
from __future__ import annotations

import logging
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException

log = logging.getLogger(__name__)
app = FastAPI()


@dataclass(frozen=True)
class Saved:
    id: int


@dataclass(frozen=True)
class Failed:
    reason: str


async def save_note(pool, text: str) -> Saved | Failed:
    try:
        note_id = await pool.fetchval("INSERT INTO notes (text) VALUES ($1) RETURNING id", text)
    except OSError as exc:
        log.error("note store unreachable: %s", exc)
        return Failed(reason="store unreachable")
    return Saved(id=note_id)


@app.post("/notes")
async def create_note(body: dict) -> dict:
    match await save_note(app.state.pool, body["text"]):
        case Saved(id=note_id):
            return {"id": note_id}
        case Failed(reason=reason):
            raise HTTPException(status_code=503, detail=reason)
