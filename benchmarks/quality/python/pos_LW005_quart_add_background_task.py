# positive LW005: a Quart view hands the write to app.add_background_task and returns success
from notes.store import NoteStore
from quart import Quart, request

app = Quart(__name__)
store = NoteStore("postgresql://app@localhost/notes")


async def persist_note(note: dict) -> None:
    await store.insert(note)


@app.post("/notes")
async def create_note():
    note = await request.get_json()
    app.add_background_task(persist_note, note)
    return {"id": note["id"], "saved": True}, 201
