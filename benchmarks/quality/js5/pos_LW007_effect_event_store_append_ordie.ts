// positive LW007: Effect event store, append() runs the insert in sql.withTransaction and turns the SqlError into a defect with catchTag(..., Effect.die) and logs nothing naming the event
import { SqlClient, SqlError } from "@effect/sql";
import { Context, Effect, Layer } from "effect";

export interface StoredEvent {
  readonly id: string;
  readonly stream: string;
  readonly type: string;
  readonly version: number;
  readonly payload: unknown;
}

export class ConcurrencyConflict {
  readonly _tag = "ConcurrencyConflict";
  constructor(readonly stream: string, readonly expected: number) {}
}

export class EventStore extends Context.Tag("EventStore")<
  EventStore,
  {
    readonly read: (stream: string) => Effect.Effect<ReadonlyArray<StoredEvent>, SqlError.SqlError>;
    readonly append: (event: StoredEvent) => Effect.Effect<void, ConcurrencyConflict>;
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
        .withTransaction(
          Effect.gen(function* () {
            const [head] = yield* sql`SELECT coalesce(max(version), 0) AS v FROM events WHERE stream = ${event.stream}`;
            if (Number(head.v) !== event.version - 1) return yield* Effect.fail(new ConcurrencyConflict(event.stream, event.version - 1));
            yield* sql`INSERT INTO events ${sql.insert({ ...event, payload: JSON.stringify(event.payload) })}`;
          }),
        )
        .pipe(Effect.catchTag("SqlError", (e) => Effect.die(e)));

    return { read, append };
  }),
);
