// Positive LW007: session projector yields repo.upsert(...).pipe(Effect.orDie) inside Effect.gen with no tapError.
import { Effect } from "effect";
import { SessionRepo, type SessionRow } from "./session-repo";

export interface SessionRenamed {
  readonly sessionID: string;
  readonly title: string;
  readonly at: number;
}

const toRow = (event: SessionRenamed): Partial<SessionRow> => ({
  id: event.sessionID,
  title: event.title,
  updatedAt: event.at,
});

export const projectSessionRenamed = (event: SessionRenamed) =>
  Effect.gen(function* () {
    const repo = yield* SessionRepo;
    yield* repo.upsert(toRow(event)).pipe(Effect.orDie);
  });
