// negative LW007: the expected constraint error is handled with catchTag (logged warning) and orDie is kept only for the rest after tapError
import { Effect } from "effect";
import { Database } from "./database";
import { part } from "./schema";

export const upsertPart = (p: { id: string; messageID: string; data: unknown }) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db
      .insert(part)
      .values(p)
      .onConflictDoUpdate({ target: part.id, set: { data: p.data } })
      .pipe(
        Effect.catchTag("ConstraintError", (e) =>
          Effect.logWarning("part skipped: parent message missing", { partID: p.id, messageID: p.messageID, e }),
        ),
        Effect.tapError((e) => Effect.logError("part upsert failed", { partID: p.id, e })),
        Effect.orDie,
      );
  });
