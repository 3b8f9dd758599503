# negative LW001: create_task fans a chat message out to websockets (no storage); the message itself is inserted and awaited first
import asyncio
import json

from starlette.websockets import WebSocket


class Room:
    def __init__(self) -> None:
        self.members: set[WebSocket] = set()
        self._fanout: set[asyncio.Task[None]] = set()

    async def _send_all(self, text: str) -> None:
        for ws in list(self.members):
            await ws.send_text(text)

    def broadcast(self, message: dict) -> None:
        task = asyncio.create_task(self._send_all(json.dumps(message)))
        self._fanout.add(task)
        task.add_done_callback(self._fanout.discard)


async def post_message(db, room: Room, author: str, text: str) -> dict:
    row = await db.fetchrow(
        "INSERT INTO messages (author, text) VALUES ($1, $2) RETURNING id, created_at",
        author,
        text,
    )
    message = {"id": row["id"], "author": author, "text": text}
    room.broadcast(message)
    return message
