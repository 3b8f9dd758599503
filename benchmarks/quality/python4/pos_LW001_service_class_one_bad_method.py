# positive LW001: repository service where `archive_thread` stores the create_task handle in a local that is never used again
"""Support-desk thread service (SQLAlchemy async ORM)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from desk.models import Thread, ThreadArchive
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


@dataclass
class ThreadRepository:
    session: AsyncSession

    async def get(self, thread_id: int) -> Thread | None:
        return await self.session.get(Thread, thread_id)

    async def list_open(self, team: str) -> list[Thread]:
        result = await self.session.scalars(
            select(Thread).where(Thread.team == team, Thread.closed.is_(False))
        )
        return list(result)

    async def close(self, thread_id: int) -> None:
        await self.session.execute(update(Thread).where(Thread.id == thread_id).values(closed=True))
        await self.session.commit()

    async def copy_to_archive(self, thread: Thread) -> None:
        self.session.add(ThreadArchive(thread_id=thread.id, body=thread.body, team=thread.team))
        await self.session.commit()


class ThreadService:
    def __init__(self, repo: ThreadRepository) -> None:
        self.repo = repo

    async def close_thread(self, thread_id: int) -> None:
        await self.repo.close(thread_id)

    async def archive_thread(self, thread_id: int) -> bool:
        thread = await self.repo.get(thread_id)
        if thread is None:
            return False
        archiving = asyncio.create_task(self.repo.copy_to_archive(thread))
        logger.info("archiving thread %s (%s)", thread_id, archiving.get_name())
        return True
