# Positive LW005: Starlette endpoint answers "saved" and attaches the note write as the response's BackgroundTask.
from notes.store import NoteStore
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

store = NoteStore.from_env()


async def save_note(owner: str, note_id: str, text: str) -> None:
    await store.upsert(owner=owner, note_id=note_id, text=text)


async def put_note(request: Request) -> JSONResponse:
    payload = await request.json()
    owner = request.headers["x-user"]
    note_id = request.path_params["note_id"]
    task = BackgroundTask(save_note, owner, note_id, payload["text"])
    return JSONResponse({"id": note_id, "saved": True}, background=task)


app = Starlette(routes=[Route("/notes/{note_id}", put_note, methods=["PUT"])])
