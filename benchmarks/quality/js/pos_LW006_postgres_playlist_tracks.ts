// positive LW006: postgres.js projector upserts playlist_tracks for a playlist with no existence check; PlaylistDeleted deletes the playlist
import type { Sql } from "postgres";

type PlaylistEvent =
  | { type: "TrackAddedToPlaylist"; playlistId: string; trackId: string; position: number }
  | { type: "PlaylistDeleted"; playlistId: string };

export async function projectPlaylistEvent(sql: Sql, event: PlaylistEvent) {
  if (event.type === "TrackAddedToPlaylist") {
    await sql`
      INSERT INTO playlist_tracks (playlist_id, track_id, position)
      VALUES (${event.playlistId}, ${event.trackId}, ${event.position})
      ON CONFLICT (playlist_id, track_id) DO UPDATE SET position = EXCLUDED.position`;
    return;
  }
  if (event.type === "PlaylistDeleted") {
    await sql`DELETE FROM playlists WHERE id = ${event.playlistId}`;
  }
}
