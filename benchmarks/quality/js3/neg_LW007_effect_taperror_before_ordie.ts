// Negative LW007: session projector logs the failed upsert with tapError, then keeps the orDie crash policy.
import { Effect } from "effect";
import { SessionRepo } from "./session-repo";

export interface SessionRenamed {
  readonly sessionID: string;
  readonly title: string;
}

export const projectSessionRenamed = (event: SessionRenamed) =>
  Effect.gen(function* () {
    const repo = yield* SessionRepo;
    yield* repo.upsert({ id: event.sessionID, title: event.title }).pipe(
      Effect.tapError((error) => Effect.logError("session upsert failed", { sessionID: event.sessionID, error })),
      Effect.orDie,
    );
  });
