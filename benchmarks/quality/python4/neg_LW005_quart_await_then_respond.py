# negative LW005: Quart route awaits Note.create before the 201; the background task only reindexes search (its own store, rebuildable)
"""Notes API (Quart + Tortoise ORM)."""

from __future__ import annotations

import uuid

from notes.models import Note
from notes.search import search_index
from quart import Quart, request
from tortoise.contrib.quart import register_tortoise

app = Quart(__name__)


@app.post("/notes")
async def create_note():
    data = await request.get_json()
    note = await Note.create(
        id=str(uuid.uuid4()), owner=data["owner"], title=data["title"], body=data["body"]
    )
    app.add_background_task(search_index.refresh_suggestions, data["owner"])
    return {"id": note.id, "title": note.title}, 201


register_tortoise(app, db_url="sqlite://notes.db", modules={"models": ["notes.models"]})
