# negative LW045: the tagging task writes its result with update_one; the task is kept and its failure logged
import asyncio
import logging

from media.vision import detect_labels
from motor.motor_asyncio import AsyncIOMotorCollection

logger = logging.getLogger(__name__)


class PhotoRepository:
    def __init__(self, photos: AsyncIOMotorCollection) -> None:
        self.photos = photos
        self._tasks: set[asyncio.Task] = set()

    def _done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.error("photo tagging failed", exc_info=task.exception())

    async def _tag(self, photo_id, url: str) -> None:
        labels = await detect_labels(url)
        await self.photos.update_one({"_id": photo_id}, {"$set": {"labels": labels}})

    async def add(self, url: str, owner: str) -> dict:
        doc = {"url": url, "owner": owner, "labels": None}
        result = await self.photos.insert_one(doc)
        task = asyncio.create_task(self._tag(result.inserted_id, url))
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return doc
