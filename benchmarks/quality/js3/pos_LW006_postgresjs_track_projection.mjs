// Positive LW006: music catalog projection inserts album tracks with postgres.js on conflict; AlbumWithdrawn deletes albums.
import postgres from "postgres";

const sql = postgres(process.env.CATALOG_DATABASE_URL);

export async function onTrackUpdated(event) {
  await sql`
    insert into album_tracks (id, album_id, title, duration_ms, position)
    values (${event.trackId}, ${event.albumId}, ${event.title}, ${event.durationMs}, ${event.position})
    on conflict (id) do update
      set title = excluded.title, duration_ms = excluded.duration_ms, position = excluded.position
  `;
}

export async function onAlbumWithdrawn(event) {
  await sql`delete from albums where id = ${event.albumId}`;
}

export const projections = { TrackUpdated: onTrackUpdated, AlbumWithdrawn: onAlbumWithdrawn };
