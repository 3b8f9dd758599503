# Positive LW006: chat projection upserts reactions into aiosqlite without checking the message, which MessageDeleted removes.
from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass
class ReactionSet:
    message_id: str
    user_id: str
    emoji: str


@dataclass
class MessageDeleted:
    message_id: str


class ChatProjection:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self.db = db

    async def reaction_set(self, event: ReactionSet) -> None:
        await self.db.execute(
            "INSERT INTO reactions (message_id, user_id, emoji) VALUES (?, ?, ?)"
            " ON CONFLICT (message_id, user_id) DO UPDATE SET emoji = excluded.emoji",
            (event.message_id, event.user_id, event.emoji),
        )
        await self.db.commit()

    async def message_deleted(self, event: MessageDeleted) -> None:
        await self.db.execute("DELETE FROM messages WHERE id = ?", (event.message_id,))
        await self.db.commit()
