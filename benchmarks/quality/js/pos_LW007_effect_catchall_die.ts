// positive LW007: a failed insert is mapped to Effect.die in catchAll, crashing the fiber without a log line
import { Effect } from "effect";
import { Database } from "./database";
import { checkpoints } from "./schema";

export const storeCheckpoint = (streamId: string, position: number) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db
      .insert(checkpoints)
      .values({ streamId, position })
      .onConflictDoUpdate({ target: checkpoints.streamId, set: { position } })
      .pipe(Effect.catchAll((error) => Effect.die(error)));
  });
