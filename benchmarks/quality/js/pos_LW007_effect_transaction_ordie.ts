// positive LW007: the durable-commit funnel runs the transaction and pipes it straight into Effect.orDie with nothing logged
import { Effect } from "effect";
import { SqlClient } from "@effect/sql";
import type { DurableEvent } from "./events";
import { applyEvent } from "./apply";

export const commit = (event: DurableEvent) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql.withTransaction(
      Effect.gen(function* () {
        yield* sql`INSERT INTO events (id, type, aggregate_id, body) VALUES (${event.id}, ${event.type}, ${event.aggregateID}, ${JSON.stringify(event.body)})`;
        yield* applyEvent(sql, event);
      }),
    );
  }).pipe(Effect.orDie);
