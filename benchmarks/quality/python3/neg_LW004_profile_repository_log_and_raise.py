# Negative LW004: profile service logs the failed commit with context and re-raises so the request fails.
from __future__ import annotations

import logging

from accounts.models import Profile
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

logger = logging.getLogger(__name__)


class ProfileService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def rename(self, user_id: int, display_name: str) -> Profile:
        profile = await self.session.get(Profile, user_id)
        if profile is None:
            raise LookupError(user_id)
        profile.display_name = display_name
        try:
            await self.session.commit()
        except SQLAlchemyError:
            await self.session.rollback()
            logger.exception("could not save profile %s", user_id)
            raise
        return profile
