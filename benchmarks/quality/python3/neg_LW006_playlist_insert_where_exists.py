# Negative LW006: playlist projection inserts the track only WHERE EXISTS the playlist, in one statement.
from __future__ import annotations

import logging
from typing import Any

import asyncpg

logger = logging.getLogger(__name__)


class PlaylistReadModel:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def track_added(self, event: dict[str, Any]) -> None:
        status = await self.pool.execute(
            """
            INSERT INTO playlist_tracks (playlist_id, track_id, position, added_by)
            SELECT $1, $2, $3, $4
            WHERE EXISTS (SELECT 1 FROM playlists WHERE id = $1)
            ON CONFLICT (playlist_id, track_id) DO UPDATE SET position = EXCLUDED.position
            """,
            event["playlist_id"],
            event["track_id"],
            event["position"],
            event["user_id"],
        )
        if status.endswith(" 0"):
            logger.warning(
                "playlist %s is gone; dropped track %s", event["playlist_id"], event["track_id"]
            )

    async def playlist_deleted(self, event: dict[str, Any]) -> None:
        await self.pool.execute("DELETE FROM playlists WHERE id = $1", event["playlist_id"])
