# Positive LW006: playlist projection upserts tracks with asyncpg while PlaylistDeleted cascades on another worker.
from __future__ import annotations

from typing import Any

import asyncpg


class PlaylistReadModel:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def track_added(self, event: dict[str, Any]) -> None:
        await self.pool.execute(
            """
            INSERT INTO playlist_tracks (playlist_id, track_id, position, added_by)
            VALUES ($1, $2, $3, $4)
            ON CONFLICT (playlist_id, track_id) DO UPDATE SET position = EXCLUDED.position
            """,
            event["playlist_id"],
            event["track_id"],
            event["position"],
            event["user_id"],
        )

    async def playlist_deleted(self, event: dict[str, Any]) -> None:
        await self.pool.execute("DELETE FROM playlists WHERE id = $1", event["playlist_id"])

    async def dispatch(self, event: dict[str, Any]) -> None:
        match event["type"]:
            case "TrackAdded":
                await self.track_added(event)
            case "PlaylistDeleted":
                await self.playlist_deleted(event)
