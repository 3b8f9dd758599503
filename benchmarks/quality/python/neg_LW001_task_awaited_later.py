# negative LW001: the write task is kept in a variable and awaited after the unrelated work is done
import asyncio

from profiles.store import ProfileStore
from profiles.thumbnails import render_thumbnail


async def update_profile(store: ProfileStore, user_id: str, profile: dict, avatar: bytes) -> dict:
    save_task = asyncio.create_task(store.update(user_id, profile))
    thumb = await render_thumbnail(avatar)
    await save_task
    return {"user": user_id, "thumbnail": thumb}
