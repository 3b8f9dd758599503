// negative LW007: orDie turns a failed READ of the prompt template into a defect; nothing is written
import { Effect } from "effect";
import { FileSystem } from "@effect/platform";

export const loadPromptTemplate = (path: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem;
    const text = yield* fs.readFileString(path).pipe(Effect.orDie);
    return text.trim();
  });
