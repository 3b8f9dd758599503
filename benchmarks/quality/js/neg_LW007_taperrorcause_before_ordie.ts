// negative LW007: the commit funnel logs the failure with tapErrorCause (event ids + cause) before orDie
import { Cause, Effect } from "effect";
import { SqlClient } from "@effect/sql";
import type { DurableEvent } from "./events";
import { applyEvent } from "./apply";

export const commit = (event: DurableEvent) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql.withTransaction(applyEvent(sql, event));
  }).pipe(
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
