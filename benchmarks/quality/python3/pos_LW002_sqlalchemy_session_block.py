# Positive LW002: recommendation feedback is flushed in a task on a session that the `async with` closes right after.
from __future__ import annotations

import asyncio
from dataclasses import dataclass

from recs.models import Feedback
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession


@dataclass
class FeedbackIn:
    user_id: int
    item_id: int
    liked: bool


async def _store_feedback(session: AsyncSession, fb: FeedbackIn) -> None:
    session.add(Feedback(user_id=fb.user_id, item_id=fb.item_id, liked=fb.liked))
    await session.commit()


class FeedbackRecorder:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def record(self, fb: FeedbackIn) -> None:
        async with AsyncSession(self.engine) as session:
            asyncio.create_task(_store_feedback(session, fb))

    async def record_many(self, items: list[FeedbackIn]) -> None:
        for fb in items:
            await self.record(fb)
