// positive LW007: event-store append runs sql.withTransaction(...) and pipes straight into Effect.orDie; a failed commit becomes a defect with no log naming the stream or event
import { Effect, Schema } from "effect";
import { SqlClient } from "@effect/sql";

export class StoredEvent extends Schema.Class<StoredEvent>("StoredEvent")({
  id: Schema.String,
  streamId: Schema.String,
  type: Schema.String,
  version: Schema.Number,
  payload: Schema.Unknown,
}) {}

const insertEvent = (event: StoredEvent) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`INSERT INTO events ${sql.insert({
      id: event.id,
      stream_id: event.streamId,
      type: event.type,
      version: event.version,
      payload: JSON.stringify(event.payload),
    })}`;
    yield* sql`UPDATE streams SET version = ${event.version} WHERE id = ${event.streamId}`;
  });

export const append = (event: StoredEvent) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql.withTransaction(insertEvent(event)).pipe(Effect.orDie);
    yield* Effect.logDebug("appended", event.id);
  });

export const readStream = (streamId: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    return yield* sql`SELECT * FROM events WHERE stream_id = ${streamId} ORDER BY version`;
  });
