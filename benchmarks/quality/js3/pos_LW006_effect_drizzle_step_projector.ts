// Positive LW006: Effect projector upserts workflow steps with drizzle while RunDeleted cascades the run away.
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

export interface RunDeleted {
  readonly runID: string;
}

export const projectStepUpdated = (event: StepUpdated) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db
      .insert(steps)
      .values({ id: event.stepID, runID: event.runID, status: event.status, output: event.output })
      .onConflictDoUpdate({ target: steps.id, set: { status: event.status, output: event.output } });
  });

export const projectRunDeleted = (event: RunDeleted) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db.delete(runs).where(eq(runs.id, event.runID)); // steps.run_id ON DELETE CASCADE
  });
