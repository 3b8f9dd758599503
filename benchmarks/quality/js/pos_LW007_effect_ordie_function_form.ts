// positive LW007: Effect.orDie applied in function form to a repository insert inside Effect.gen, no log before it
import { Effect } from "effect";
import { SessionRepo } from "./session-repo";

export const persistSessionTitle = (sessionID: string, title: string) =>
  Effect.gen(function* () {
    const sessions = yield* SessionRepo;
    yield* Effect.orDie(sessions.updateTitle(sessionID, title));
    yield* Effect.log("title persisted");
  });
