// negative LW007: event-store append logs the failed transaction with event id, type and stream (Effect.tapErrorCause + logError) before Effect.orDie
import { Cause, Effect } from "effect";
import { SqlClient } from "@effect/sql";

export type StoredEvent = { id: string; streamId: string; type: string; version: number; payload: unknown };

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
    yield* sql.withTransaction(insertEvent(event)).pipe(
      Effect.tapErrorCause((cause) =>
        Effect.logError("event append failed", {
          eventID: event.id,
          eventType: event.type,
          streamID: event.streamId,
          cause: Cause.pretty(cause),
        }),
      ),
      Effect.orDie,
    );
  });
