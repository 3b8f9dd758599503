// positive LW006: kafkajs projection, "track.added" upserts playlist_tracks with knex onConflict().merge() with no check that the playlist survived a "playlist.deleted" cascade
import { Kafka } from "kafkajs";
import knexFactory from "knex";

const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
const kafka = new Kafka({ clientId: "playlist-projector", brokers: [process.env.KAFKA_BROKER ?? "localhost:9092"] });
const consumer = kafka.consumer({ groupId: "playlist-projector" });

const handlers = {
  "playlist.created": (e) =>
    knex("playlists").insert({ id: e.playlistId, owner_id: e.ownerId, name: e.name }).onConflict("id").ignore(),
  "playlist.deleted": (e) => knex("playlists").where({ id: e.playlistId }).del(),
  "track.added": (e) =>
    knex("playlist_tracks")
      .insert({ playlist_id: e.playlistId, track_id: e.trackId, position: e.position, added_at: e.at })
      .onConflict(["playlist_id", "track_id"])
      .merge(["position", "added_at"]),
  "track.removed": (e) => knex("playlist_tracks").where({ playlist_id: e.playlistId, track_id: e.trackId }).del(),
};

await consumer.connect();
await consumer.subscribe({ topics: ["playlists", "playlist-tracks"] });
await consumer.run({
  eachMessage: async ({ topic, message }) => {
    const event = JSON.parse(message.value.toString());
    const handler = handlers[event.type];
    if (!handler) return;
    await handler(event);
    console.debug(`${topic}: applied ${event.type}`);
  },
});
