// negative LW004: Effect insert logs with tapError and lets the failure propagate (no catchAll)
import { Effect } from "effect";
import { SqlClient } from "@effect/sql";

export const saveBookmark = (userId: string, url: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`INSERT INTO bookmarks (user_id, url, created_at) VALUES (${userId}, ${url}, now())`.pipe(
      Effect.tapError((error) => Effect.logError("bookmark insert failed", { userId, url, error })),
    );
    return { saved: true, url };
  });
