# negative LW005: Quart route awaits Note.create before the 201; the background task only warms an in-process suggestions cache
"""Notes API (Quart + Tortoise ORM)."""

from __future__ import annotations

import uuid

from notes.models import Note
from notes.suggest import suggestions
from quart import Quart, request
from tortoise.contrib.quart import register_tortoise

app = Quart(__name__)


@app.post("/notes")
async def create_note():
    data = await request.get_json()
    note = await Note.create(
        id=str(uuid.uuid4()), owner=data["owner"], title=data["title"], body=data["body"]
    )
    # in-memory only: nothing is stored, losing it costs one slow autocomplete
    app.add_background_task(suggestions.warm_for, data["owner"])
    return {"id": note.id, "title": note.title}, 201


register_tortoise(app, db_url="sqlite://notes.db", modules={"models": ["notes.models"]})
