// Negative LW007: a known constraint race is handled with a warning; anything else is logged with the cause before orDie.
import { Cause, Effect } from "effect";
import { PartRepo } from "./part-repo";

export interface PartUpdated {
  readonly partID: string;
  readonly messageID: string;
  readonly data: string;
}

export const projectPart = (event: PartUpdated) =>
  Effect.gen(function* () {
    const repo = yield* PartRepo;
    yield* repo.upsert({ id: event.partID, messageID: event.messageID, data: event.data }).pipe(
      Effect.catchTag("ForeignKeyViolation", () =>
        Effect.logWarning("message removed before part flush", { partID: event.partID, messageID: event.messageID }),
      ),
      Effect.tapErrorCause((cause) => Effect.logError("part projection failed", { partID: event.partID, cause: Cause.pretty(cause) })),
      Effect.orDie,
    );
  });
