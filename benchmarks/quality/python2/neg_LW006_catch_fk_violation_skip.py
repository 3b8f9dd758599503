# negative LW006: the playlist-track upsert catches ForeignKeyViolation (playlist removed meanwhile) and skips it with a warning
import logging

import psycopg
from psycopg.errors import ForeignKeyViolation

log = logging.getLogger("playlists")


async def track_positioned(
    conn: psycopg.AsyncConnection, playlist: str, track: str, position: int
) -> None:
    try:
        async with conn.transaction():
            await conn.execute(
                "INSERT INTO playlist_tracks (playlist_id, track_id, position) VALUES (%s, %s, %s) "
                "ON CONFLICT (playlist_id, track_id) DO UPDATE SET position = EXCLUDED.position",
                (playlist, track, position),
            )
    except ForeignKeyViolation:
        log.warning("playlist %s removed before track %s was positioned; skipped", playlist, track)


async def playlist_removed(conn: psycopg.AsyncConnection, playlist: str) -> None:
    async with conn.transaction():
        await conn.execute("DELETE FROM playlists WHERE id = %s", (playlist,))
