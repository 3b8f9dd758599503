# Positive LW005: FastAPI avatar endpoint returns 200 "updated" while the profile write is a BackgroundTasks job.
from typing import Annotated

from fastapi import BackgroundTasks, Depends, FastAPI, UploadFile
from people.services import AvatarService, get_avatar_service

app = FastAPI()


@app.put("/people/{person_id}/avatar")
async def replace_avatar(
    person_id: int,
    file: UploadFile,
    tasks: BackgroundTasks,
    avatars: Annotated[AvatarService, Depends(get_avatar_service)],
) -> dict[str, object]:
    content = await file.read()
    if len(content) > 5 * 1024 * 1024:
        return {"updated": False, "reason": "too large"}
    tasks.add_task(avatars.store_and_link, person_id, content, file.content_type)
    return {"updated": True, "person_id": person_id}
