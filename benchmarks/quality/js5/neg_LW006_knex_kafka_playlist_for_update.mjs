// negative LW006: kafkajs projection, "track.added" locks the parent playlist row FOR UPDATE in a knex transaction and skips (with a warning) if the playlist was deleted
import { Kafka } from "kafkajs";
import knexFactory from "knex";

const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
const kafka = new Kafka({ clientId: "playlist-projector", brokers: [process.env.KAFKA_BROKER ?? "localhost:9092"] });
const consumer = kafka.consumer({ groupId: "playlist-projector" });

async function addTrack(e) {
  await knex.transaction(async (trx) => {
    const playlist = await trx("playlists").where({ id: e.playlistId }).forUpdate().first("id");
    if (!playlist) {
      console.warn(`track ${e.trackId} skipped: playlist ${e.playlistId} no longer exists`);
      return;
    }
    await trx("playlist_tracks")
      .insert({ playlist_id: e.playlistId, track_id: e.trackId, position: e.position, added_at: e.at })
      .onConflict(["playlist_id", "track_id"])
      .merge(["position", "added_at"]);
  });
}

const handlers = {
  "playlist.deleted": (e) => knex("playlists").where({ id: e.playlistId }).del(),
  "track.added": addTrack,
};

await consumer.connect();
await consumer.subscribe({ topics: ["playlists", "playlist-tracks"] });
await consumer.run({
  eachMessage: async ({ message }) => {
    const event = JSON.parse(message.value.toString());
    const handler = handlers[event.type];
    if (handler) await handler(event);
  },
});
