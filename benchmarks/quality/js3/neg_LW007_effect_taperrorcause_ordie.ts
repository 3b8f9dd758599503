// Negative LW007: durable commit logs the event ids and the cause with tapErrorCause before Effect.orDie.
import { Cause, Effect } from "effect";
import { SqlClient } from "@effect/sql";

export interface DurableEvent {
  readonly id: string;
  readonly type: string;
  readonly aggregateID: string;
}

export const commitEvent = (event: DurableEvent) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql
      .withTransaction(sql`INSERT INTO events (id, type, aggregate_id) VALUES (${event.id}, ${event.type}, ${event.aggregateID})`)
      .pipe(
        Effect.tapErrorCause((cause) =>
          Effect.logError("durable commit failed", {
            eventID: event.id,
            eventType: event.type,
            aggregateID: event.aggregateID,
            cause: Cause.pretty(cause),
          }),
        ),
        Effect.orDie,
      );
  });
