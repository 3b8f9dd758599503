# positive LW005: Quart route registers the note's INSERT with app.add_background_task and returns 201 before it runs
"""Notes API (Quart + Tortoise ORM)."""

from __future__ import annotations

import uuid

from notes.models import Note
from quart import Quart, request
from tortoise.contrib.quart import register_tortoise

app = Quart(__name__)


async def save_note(note_id: str, owner: str, title: str, body: str) -> None:
    await Note.create(id=note_id, owner=owner, title=title, body=body)


@app.post("/notes")
async def create_note():
    data = await request.get_json()
    note_id = str(uuid.uuid4())
    app.add_background_task(save_note, note_id, data["owner"], data["title"], data["body"])
    return {"id": note_id, "title": data["title"]}, 201


@app.get("/notes/<note_id>")
async def read_note(note_id: str):
    note = await Note.get(id=note_id)
    return {"id": note.id, "title": note.title, "body": note.body}


register_tortoise(app, db_url="sqlite://notes.db", modules={"models": ["notes.models"]})
