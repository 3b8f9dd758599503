// negative LW007: tapError logs the SqlError with the session id before Effect.orDie
import { Effect } from "effect";
import { SqlClient } from "@effect/sql";

export const saveUsage = (sessionId: string, tokens: number) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`INSERT INTO usage (session_id, tokens, at) VALUES (${sessionId}, ${tokens}, ${Date.now()})`.pipe(
      Effect.tapError((error) => Effect.logError("usage insert failed", { sessionId, error })),
      Effect.orDie,
    );
  });
