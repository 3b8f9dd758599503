# negative LW005: a Quart view awaits the insert; the background task only pings a metrics counter over UDP
import socket

from notes.store import NoteStore
from quart import Quart, request

app = Quart(__name__)
store = NoteStore("postgresql://app@localhost/notes")
_udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)


async def count_note() -> None:
    _udp.sendto(b"notes.created:1|c", ("127.0.0.1", 8125))


@app.post("/notes")
async def create_note():
    note = await request.get_json()
    await store.insert(note)
    app.add_background_task(count_note)
    return {"id": note["id"], "saved": True}, 201
