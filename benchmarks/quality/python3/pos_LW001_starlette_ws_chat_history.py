# Positive LW001: Starlette websocket endpoint saves chat history in tasks that nobody keeps or awaits.
import asyncio
import json

from chat.storage import HistoryStore
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

history = HistoryStore.from_env()


async def broadcast(room: str, text: str) -> None:
    for peer in ROOMS.get(room, set()):
        await peer.send_text(text)


ROOMS: dict[str, set[WebSocket]] = {}


async def chat(websocket: WebSocket) -> None:
    room = websocket.path_params["room"]
    await websocket.accept()
    ROOMS.setdefault(room, set()).add(websocket)
    try:
        while True:
            text = await websocket.receive_text()
            message = json.loads(text)
            asyncio.create_task(history.append_message(room, message["author"], message["body"]))
            await broadcast(room, text)
    except WebSocketDisconnect:
        ROOMS[room].discard(websocket)


app = Starlette(routes=[WebSocketRoute("/ws/{room}", chat)])
