# negative LW005: the upload is stored (awaited) before 201; the background task only deletes the local temp file
import os
import tempfile

from fastapi import BackgroundTasks, FastAPI, UploadFile

app = FastAPI()


@app.post("/avatars/{user_id}", status_code=201)
async def upload_avatar(user_id: int, file: UploadFile, background: BackgroundTasks) -> dict:
    fd, tmp_path = tempfile.mkstemp(suffix=".png")
    with os.fdopen(fd, "wb") as out:
        out.write(await file.read())
    key = f"avatars/{user_id}.png"
    await app.state.s3.upload_file(tmp_path, "media", key)
    background.add_task(os.unlink, tmp_path)
    return {"key": key}
