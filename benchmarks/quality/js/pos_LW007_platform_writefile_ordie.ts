// positive LW007: @effect/platform FileSystem.writeFileString of the snapshot piped into Effect.orDie, unlogged
import { Effect } from "effect";
import { FileSystem } from "@effect/platform";

export const writeSnapshot = (path: string, snapshot: unknown) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem;
    yield* fs.writeFileString(path, JSON.stringify(snapshot)).pipe(Effect.orDie);
  });
