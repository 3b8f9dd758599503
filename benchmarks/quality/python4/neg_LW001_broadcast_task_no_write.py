# negative LW001: the chat message is awaited into the store; only the websocket broadcast (writes nothing) runs as a task
"""Chat room service (Starlette websockets + Beanie)."""

import asyncio
from datetime import UTC, datetime

from beanie import Document
from starlette.websockets import WebSocket


class ChatMessage(Document):
    room: str
    author: str
    text: str
    sent_at: datetime


class Room:
    def __init__(self, name: str) -> None:
        self.name = name
        self.members: set[WebSocket] = set()

    async def broadcast(self, payload: dict) -> None:
        for ws in list(self.members):
            try:
                await ws.send_json(payload)
            except RuntimeError:
                self.members.discard(ws)


async def on_message(room: Room, ws: WebSocket, author: str, text: str) -> None:
    msg = ChatMessage(room=room.name, author=author, text=text, sent_at=datetime.now(UTC))
    await msg.insert()
    # presence fan-out is best-effort and stores nothing; a dropped frame is re-synced on reconnect
    asyncio.create_task(room.broadcast({"author": author, "text": text}))  # noqa: RUF006
    await ws.send_json({"ack": str(msg.id)})
