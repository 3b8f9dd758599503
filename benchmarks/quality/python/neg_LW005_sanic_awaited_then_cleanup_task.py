# negative LW005: a Sanic handler awaits the insert; the background task only deletes a temp upload file
import os

from sanic import Sanic
from sanic.request import Request
from sanic.response import json

app = Sanic("uploads")


async def remove_tmp(path: str) -> None:
    os.unlink(path)


@app.post("/avatars")
async def upload_avatar(request: Request):
    tmp_path = request.ctx.tmp_path
    url = await request.app.ctx.storage.upload_file(tmp_path)
    await request.app.ctx.db.execute(
        "UPDATE users SET avatar_url = $1 WHERE id = $2", url, request.ctx.user_id
    )
    request.app.add_task(remove_tmp(tmp_path))
    return json({"avatar": url}, status=201)
