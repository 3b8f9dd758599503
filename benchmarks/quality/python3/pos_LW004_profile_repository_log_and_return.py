# Positive LW004: profile service logs a failed save at ERROR and returns None, so the caller treats it as stored.
from __future__ import annotations

import logging
from dataclasses import dataclass

from accounts.models import Profile
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


@dataclass
class ProfileUpdate:
    user_id: int
    display_name: str
    bio: str


class ProfileService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: int) -> Profile | None:
        return await self.session.get(Profile, user_id)

    async def update(self, change: ProfileUpdate) -> None:
        profile = await self.get(change.user_id)
        if profile is None:
            raise LookupError(change.user_id)
        profile.display_name = change.display_name
        profile.bio = change.bio
        try:
            await self.session.commit()
        except SQLAlchemyError as exc:
            logger.error("could not save profile %s: %s", change.user_id, exc)
            return None
