// negative LW007: the outbox relay treats an already-published row as benign (logged skip) and logs any other failure with the event id via tapError before orDie
import { Duration, Effect, Schedule, Stream } from "effect";
import { SqlClient, SqlError } from "@effect/sql";
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
    const updated = yield* sql`UPDATE outbox SET published_at = CURRENT_TIMESTAMP WHERE id = ${row.id} AND published_at IS NULL RETURNING id`;
    if (updated.length === 0) {
      yield* Effect.logWarning("outbox row already published", { outboxID: row.id });
    }
  }).pipe(
    Effect.tapError((error: SqlError.SqlError) =>
      Effect.logError("marking outbox row published failed", { outboxID: row.id, topic: row.topic, error: error.message }),
    ),
    Effect.orDie,
  );

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
