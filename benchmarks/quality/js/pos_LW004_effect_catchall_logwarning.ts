// positive LW004: Effect program catches every error of the insert with catchAll and only logs a warning
import { Effect } from "effect";
import { SqlClient } from "@effect/sql";

export const saveBookmark = (userId: string, url: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`INSERT INTO bookmarks (user_id, url, created_at) VALUES (${userId}, ${url}, now())`.pipe(
      Effect.catchAll((error) => Effect.logWarning("bookmark not saved", error)),
    );
    return { saved: true, url };
  });
