// negative LW007: the projector commit is annotated, logged with Effect.logError in tapError, and only then orDie'd
import { Effect } from "effect";
import { SessionRepo } from "./session-repo";

export const persistSessionTitle = (sessionID: string, title: string) =>
  Effect.gen(function* () {
    const sessions = yield* SessionRepo;
    yield* sessions.updateTitle(sessionID, title).pipe(
      Effect.tapError((error) => Effect.logError("session title update failed", { sessionID, error })),
      Effect.withSpan("session.updateTitle", { attributes: { sessionID } }),
      Effect.orDie,
    );
  });
