# positive LW045: a repository method inserts the document, then spawns self._tag(doc), which only sets doc["labels"]
# ruff: noqa: RUF006
import asyncio

from media.vision import detect_labels
from motor.motor_asyncio import AsyncIOMotorCollection


class PhotoRepository:
    def __init__(self, photos: AsyncIOMotorCollection) -> None:
        self.photos = photos

    async def _tag(self, doc: dict) -> None:
        doc["labels"] = await detect_labels(doc["url"])

    async def add(self, url: str, owner: str) -> dict:
        doc = {"url": url, "owner": owner}
        await self.photos.insert_one(doc)
        asyncio.create_task(self._tag(doc))
        return doc
