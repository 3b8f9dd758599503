// Negative LW006: track projection checks the album in the same postgres.js transaction and skips withdrawn albums.
import postgres from "postgres";

const sql = postgres(process.env.CATALOG_DATABASE_URL);

export async function onTrackUpdated(event, log = console) {
  await sql.begin(async (tx) => {
    const [album] = await tx`select id from albums where id = ${event.albumId} for share`;
    if (!album) {
      log.warn("album withdrawn; track skipped", { trackId: event.trackId, albumId: event.albumId });
      return;
    }
    await tx`
      insert into album_tracks (id, album_id, title, position)
      values (${event.trackId}, ${event.albumId}, ${event.title}, ${event.position})
      on conflict (id) do update set title = excluded.title, position = excluded.position
    `;
  });
}
