// negative LW006: the playlist-track upsert catches the foreign-key violation (code 23503) and skips it with a warning
import type { Kysely } from "kysely";
import type { DB } from "./db-types";

export async function onTrackPositioned(
  db: Kysely<DB>,
  e: { playlistId: string; trackId: string; position: number },
): Promise<void> {
  try {
    await db
      .insertInto("playlist_tracks")
      .values({ playlist_id: e.playlistId, track_id: e.trackId, position: e.position })
      .onConflict((oc) => oc.columns(["playlist_id", "track_id"]).doUpdateSet({ position: e.position }))
      .execute();
  } catch (err) {
    if ((err as { code?: string }).code === "23503") {
      console.warn(`playlist ${e.playlistId} removed before track ${e.trackId}; skipped`);
      return;
    }
    throw err;
  }
}
