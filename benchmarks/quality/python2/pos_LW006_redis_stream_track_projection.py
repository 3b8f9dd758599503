# positive LW006: an asyncio Redis-stream projection upserts playlist tracks; PlaylistRemoved deletes the playlist with ON DELETE CASCADE
import asyncio

import psycopg
import redis.asyncio as redis


async def project(conn: psycopg.AsyncConnection, fields: dict[bytes, bytes]) -> None:
    kind = fields[b"type"].decode()
    playlist = fields[b"playlist_id"].decode()
    async with conn.transaction():
        if kind == "PlaylistRemoved":
            await conn.execute("DELETE FROM playlists WHERE id = %s", (playlist,))
        elif kind == "TrackPositioned":
            await conn.execute(
                "INSERT INTO playlist_tracks (playlist_id, track_id, position) VALUES (%s, %s, %s) "
                "ON CONFLICT (playlist_id, track_id) DO UPDATE SET position = EXCLUDED.position",
                (playlist, fields[b"track_id"].decode(), int(fields[b"position"])),
            )


async def main() -> None:
    r = redis.from_url("redis://cache:6379")
    conn = await psycopg.AsyncConnection.connect("postgresql://music@db/music")
    last = "0-0"
    while True:
        for _stream, entries in await r.xread({"playlists": last}, block=5000):
            for entry_id, fields in entries:
                await project(conn, fields)
                last = entry_id


if __name__ == "__main__":
    asyncio.run(main())
