// Positive LW006: Worker queue consumer upserts photo tags into D1 for albums that AlbumDeleted can cascade away.
interface Env {
  DB: D1Database;
}

type AlbumEvent =
  | { type: "PhotoTagged"; photoId: string; albumId: string; tag: string }
  | { type: "AlbumDeleted"; albumId: string };

async function apply(db: D1Database, event: AlbumEvent): Promise<void> {
  if (event.type === "PhotoTagged") {
    await db
      .prepare(
        "INSERT INTO album_photos (photo_id, album_id, tag) VALUES (?, ?, ?) ON CONFLICT (photo_id) DO UPDATE SET tag = excluded.tag",
      )
      .bind(event.photoId, event.albumId, event.tag)
      .run();
  } else {
    await db.prepare("DELETE FROM albums WHERE id = ?").bind(event.albumId).run();
  }
}

export default {
  async queue(batch: MessageBatch<AlbumEvent>, env: Env): Promise<void> {
    for (const message of batch.messages) {
      await apply(env.DB, message.body);
      message.ack();
    }
  },
};
