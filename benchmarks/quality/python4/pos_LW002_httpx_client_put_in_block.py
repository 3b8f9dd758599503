# positive LW002: Flask-to-async bridge: an httpx.AsyncClient PUT to the object store is started as a task and the client context exits first
"""Quart avatar upload: stores the resized image in the object store."""

import asyncio

import httpx
from media.images import resize_square
from quart import Quart, request

app = Quart(__name__)
OBJECT_STORE = "http://minio:9000/avatars"


async def put_avatar(client: httpx.AsyncClient, user_id: str, data: bytes) -> None:
    resp = await client.put(f"{OBJECT_STORE}/{user_id}.png", content=data)
    resp.raise_for_status()


@app.post("/users/<user_id>/avatar")
async def upload_avatar(user_id: str):
    files = await request.files
    png = resize_square(files["avatar"].read(), 256)
    async with httpx.AsyncClient(timeout=10) as client:
        asyncio.get_running_loop().create_task(put_avatar(client, user_id, png))
    return {"avatar": f"{OBJECT_STORE}/{user_id}.png"}, 200
