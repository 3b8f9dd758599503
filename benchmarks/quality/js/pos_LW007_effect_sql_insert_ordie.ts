// positive LW007: an @effect/sql INSERT is turned into a defect with .pipe(Effect.orDie), no tapError before it
import { Effect } from "effect";
import { SqlClient } from "@effect/sql";

export const saveUsage = (sessionId: string, tokens: number) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`INSERT INTO usage (session_id, tokens, at) VALUES (${sessionId}, ${tokens}, ${Date.now()})`.pipe(Effect.orDie);
  });
