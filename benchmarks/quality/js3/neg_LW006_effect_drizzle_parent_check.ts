// Negative LW006: Effect projector checks the run still exists and skips orphan steps with a warning.
import { Effect } from "effect";
import { eq } from "drizzle-orm";
import { Database } from "./database";
import { runs, steps } from "./schema";

export interface StepUpdated {
  readonly stepID: string;
  readonly runID: string;
  readonly status: "running" | "succeeded" | "failed";
  readonly output: string;
}

export const projectStepUpdated = (event: StepUpdated) =>
  Effect.gen(function* () {
    const db = yield* Database;
    const parent = yield* db.select({ id: runs.id }).from(runs).where(eq(runs.id, event.runID));
    if (parent.length === 0) {
      yield* Effect.logWarning("skipping step of deleted run", { stepID: event.stepID, runID: event.runID });
      return;
    }
    yield* db
      .insert(steps)
      .values({ id: event.stepID, runID: event.runID, status: event.status, output: event.output })
      .onConflictDoUpdate({ target: steps.id, set: { status: event.status, output: event.output } });
  });
