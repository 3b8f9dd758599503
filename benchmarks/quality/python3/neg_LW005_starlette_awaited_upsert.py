# Negative LW005: Starlette note endpoint awaits the upsert and then answers; no work is deferred past the response.
from notes.store import NoteStore
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

store = NoteStore.from_env()


async def put_note(request: Request) -> JSONResponse:
    payload = await request.json()
    note = await store.upsert(
        owner=request.headers["x-user"],
        note_id=request.path_params["note_id"],
        text=payload["text"],
    )
    return JSONResponse({"id": note.id, "version": note.version})


app = Starlette(routes=[Route("/notes/{note_id}", put_note, methods=["PUT"])])
