# Negative LW006: chat projection looks the message up first and skips reactions to deleted messages.
from __future__ import annotations

import logging
from dataclasses import dataclass

import aiosqlite

logger = logging.getLogger(__name__)


@dataclass
class ReactionSet:
    message_id: str
    user_id: str
    emoji: str


class ChatProjection:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self.db = db

    async def reaction_set(self, event: ReactionSet) -> None:
        async with self.db.execute(
            "SELECT 1 FROM messages WHERE id = ?", (event.message_id,)
        ) as cur:
            if await cur.fetchone() is None:
                logger.warning(
                    "message %s deleted; reaction by %s skipped", event.message_id, event.user_id
                )
                return
        await self.db.execute(
            "INSERT INTO reactions (message_id, user_id, emoji) VALUES (?, ?, ?)"
            " ON CONFLICT (message_id, user_id) DO UPDATE SET emoji = excluded.emoji",
            (event.message_id, event.user_id, event.emoji),
        )
        await self.db.commit()
