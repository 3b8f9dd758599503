// negative LW007: the session writer handles the known SqlError with catchTag (log a warning and keep the session in a retry queue); nothing dies
import { Effect, Queue } from "effect";
import { SessionStore } from "./session-store";

export const persistSession = (
  retry: Queue.Queue<{ id: string }>,
  session: { id: string; userID: string; data: Record<string, unknown> },
) =>
  Effect.gen(function* () {
    const store = yield* SessionStore;
    yield* store.save(session).pipe(
      Effect.catchTag("SqlError", (error) =>
        Effect.logWarning("session save failed, queued for retry", { sessionID: session.id, error }).pipe(
          Effect.zipRight(Queue.offer(retry, { id: session.id })),
        ),
      ),
    );
  });
