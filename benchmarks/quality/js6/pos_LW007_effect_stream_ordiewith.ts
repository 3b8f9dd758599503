// positive LW007: Effect outbox relay marks each event as published with Effect.orDieWith(() => new Error("outbox write failed")): the SqlError and the event id are dropped, nothing is logged
import { Duration, Effect, Schedule, Stream } from "effect";
import { SqlClient } from "@effect/sql";
import { Broker } from "./broker";

interface OutboxRow {
  id: string;
  topic: string;
  payload: string;
}

const pendingRows = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient;
  return yield* sql<OutboxRow>`SELECT id, topic, payload FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT 100`;
});

const markPublished = (row: OutboxRow) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`UPDATE outbox SET published_at = CURRENT_TIMESTAMP WHERE id = ${row.id}`;
  }).pipe(Effect.orDieWith(() => new Error("outbox write failed")));

const relayOne = (row: OutboxRow) =>
  Effect.gen(function* () {
    const broker = yield* Broker;
    yield* broker.publish(row.topic, row.payload);
    yield* markPublished(row);
  });

export const relay = Stream.repeatEffectWithSchedule(pendingRows, Schedule.spaced(Duration.seconds(1))).pipe(
  Stream.flattenIterables,
  Stream.mapEffect(relayOne, { concurrency: 1 }),
  Stream.runDrain,
);
