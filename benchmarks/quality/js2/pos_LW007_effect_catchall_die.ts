// positive LW007: a session writer turns every save failure into Effect.die("save failed") via catchAll, with no log of the session or cause
import { Effect } from "effect";
import { SessionStore } from "./session-store";

export const persistSession = (session: { id: string; userID: string; data: Record<string, unknown> }) =>
  Effect.gen(function* () {
    const store = yield* SessionStore;
    yield* store.save(session).pipe(Effect.catchAll(() => Effect.die("save failed")));
  });
