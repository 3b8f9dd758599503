// positive LW006: a Kysely event handler upserts a playlist track (onConflict doUpdateSet) without checking the playlist still exists
import type { Kysely } from "kysely";
import type { DB } from "./db-types";

export async function onPlaylistRemoved(db: Kysely<DB>, e: { playlistId: string }): Promise<void> {
  await db.deleteFrom("playlists").where("id", "=", e.playlistId).execute();
}

export async function onTrackPositioned(
  db: Kysely<DB>,
  e: { playlistId: string; trackId: string; position: number },
): Promise<void> {
  await db
    .insertInto("playlist_tracks")
    .values({ playlist_id: e.playlistId, track_id: e.trackId, position: e.position })
    .onConflict((oc) => oc.columns(["playlist_id", "track_id"]).doUpdateSet({ position: e.position }))
    .execute();
}
