// negative LW007: Effect event store, append() logs the SqlError with event id, type and stream via tapErrorCause before orDie, so the crash is on record
import { SqlClient, SqlError } from "@effect/sql";
import { Cause, Context, Effect, Layer } from "effect";

export interface StoredEvent {
  readonly id: string;
  readonly stream: string;
  readonly type: string;
  readonly version: number;
  readonly payload: unknown;
}

export class EventStore extends Context.Tag("EventStore")<
  EventStore,
  {
    readonly read: (stream: string) => Effect.Effect<ReadonlyArray<StoredEvent>, SqlError.SqlError>;
    readonly append: (event: StoredEvent) => Effect.Effect<void>;
  }
>() {}

export const EventStoreLive = Layer.effect(
  EventStore,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;

    const read = (stream: string) =>
      sql`SELECT id, stream, type, version, payload FROM events WHERE stream = ${stream} ORDER BY version`;

    const append = (event: StoredEvent) =>
      sql
        .withTransaction(sql`INSERT INTO events ${sql.insert({ ...event, payload: JSON.stringify(event.payload) })}`)
        .pipe(
          Effect.asVoid,
          Effect.tapErrorCause((cause) =>
            Effect.logError("event append failed", {
              eventID: event.id,
              eventType: event.type,
              stream: event.stream,
              version: event.version,
              cause: Cause.pretty(cause),
            }),
          ),
          Effect.orDie,
        );

    return { read, append };
  }),
);
