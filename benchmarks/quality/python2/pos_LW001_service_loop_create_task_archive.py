# positive LW001: a service class schedules self._archive.store(...) with loop.create_task and keeps no reference
from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

logger = logging.getLogger(__name__)


class DocumentArchive:
    def __init__(self, collection) -> None:
        self._collection = collection  # motor collection

    async def store(self, doc: dict) -> None:
        await self._collection.replace_one({"_id": doc["_id"]}, doc, upsert=True)


class IngestService:
    """Receives parsed documents from the crawler and files them in the archive."""

    def __init__(self, archive: DocumentArchive, loop: asyncio.AbstractEventLoop) -> None:
        self._archive = archive
        self._loop = loop
        self._seen: set[str] = set()

    def normalise(self, raw: dict) -> dict:
        return {
            "_id": raw["url"],
            "title": raw.get("title", "").strip(),
            "body": raw.get("body", ""),
            "fetched_at": datetime.now(UTC),
        }

    def is_duplicate(self, raw: dict) -> bool:
        return raw["url"] in self._seen

    def ingest(self, raw: dict) -> None:
        if self.is_duplicate(raw):
            return
        doc = self.normalise(raw)
        self._seen.add(doc["_id"])
        self._loop.create_task(self._archive.store(doc))
        logger.debug("archived %s", doc["_id"])
