// positive LW007: the durable-commit funnel pipes db.transaction(...) straight into Effect.orDie with no tapError before it
import { Effect } from "effect";
import { Database } from "./database";
import { applyEvent } from "./projector";

export interface DurableEvent {
  id: string;
  type: string;
  aggregateID: string;
  payload: unknown;
}

export const commit = (event: DurableEvent) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db.transaction((tx) => applyEvent(tx, event)).pipe(Effect.orDie);
    yield* Effect.logDebug("committed", { eventID: event.id });
  });

export const commitAll = (events: ReadonlyArray<DurableEvent>) => Effect.forEach(events, commit, { discard: true });
