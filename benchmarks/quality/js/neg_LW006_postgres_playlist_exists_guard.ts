// negative LW006: the playlist track upsert is guarded by a SELECT of the playlist (FOR SHARE) inside one transaction
import type { Sql } from "postgres";

type PlaylistEvent =
  | { type: "TrackAddedToPlaylist"; playlistId: string; trackId: string; position: number }
  | { type: "PlaylistDeleted"; playlistId: string };

export async function projectPlaylistEvent(sql: Sql, event: PlaylistEvent) {
  if (event.type === "PlaylistDeleted") {
    await sql`DELETE FROM playlists WHERE id = ${event.playlistId}`;
    return;
  }
  await sql.begin(async (tx) => {
    const [playlist] = await tx`SELECT id FROM playlists WHERE id = ${event.playlistId} FOR SHARE`;
    if (!playlist) {
      console.warn("playlist removed, skipping track", event.playlistId, event.trackId);
      return;
    }
    await tx`
      INSERT INTO playlist_tracks (playlist_id, track_id, position)
      VALUES (${event.playlistId}, ${event.trackId}, ${event.position})
      ON CONFLICT (playlist_id, track_id) DO UPDATE SET position = EXCLUDED.position`;
  });
}
