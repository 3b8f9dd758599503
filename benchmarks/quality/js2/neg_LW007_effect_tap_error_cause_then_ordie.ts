// negative LW007: the fixed commit funnel logs event id/type/aggregate with tapErrorCause before Effect.orDie
import { Cause, Effect } from "effect";
import { Database } from "./database";
import { applyEvent } from "./projector";

export interface DurableEvent {
  id: string;
  type: string;
  aggregateID: string;
}

export const commit = (event: DurableEvent) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db.transaction((tx) => applyEvent(tx, event)).pipe(
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
