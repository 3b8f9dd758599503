// Positive LW007: durable event commit turns the SqlError into a defect with Effect.orDie and logs nothing.
import { Effect } from "effect";
import { SqlClient } from "@effect/sql";

export interface DurableEvent {
  readonly id: string;
  readonly type: string;
  readonly aggregateID: string;
  readonly payload: unknown;
}

const insertEvent = (event: DurableEvent) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`INSERT INTO events (id, type, aggregate_id, payload) VALUES (${event.id}, ${event.type}, ${event.aggregateID}, ${JSON.stringify(event.payload)})`;
  });

export const commitEvent = (event: DurableEvent) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql.withTransaction(insertEvent(event)).pipe(Effect.orDie);
  });
