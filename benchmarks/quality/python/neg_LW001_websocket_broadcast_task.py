# negative LW001: create_task of a websocket broadcast (no write to a store) after the message was awaited into the DB
# ruff: noqa: RUF006
import asyncio

from chat.db import messages
from chat.hub import hub
from fastapi import FastAPI, WebSocket

app = FastAPI()


async def broadcast(room: str, text: str) -> None:
    for ws in list(hub.members(room)):
        await ws.send_text(text)


@app.websocket("/rooms/{room}")
async def room_socket(websocket: WebSocket, room: str) -> None:
    await websocket.accept()
    hub.join(room, websocket)
    while True:
        text = await websocket.receive_text()
        await messages.insert_one({"room": room, "text": text})
        asyncio.create_task(broadcast(room, text))
