// negative LW007: the outbox flush maps the SqlError to a typed OutboxError that stays in the error channel for the caller
import { SqlClient } from "@effect/sql";
import { Data, Effect } from "effect";

export class OutboxError extends Data.TaggedError("OutboxError")<{ readonly ids: ReadonlyArray<string>; readonly cause: unknown }> {}

export const flushOutbox = (batch: ReadonlyArray<{ id: string; topic: string; body: string }>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql
      .withTransaction(
        Effect.forEach(batch, (m) => sql`INSERT INTO outbox_sent (id, topic, body) VALUES (${m.id}, ${m.topic}, ${m.body})`, {
          discard: true,
        }),
      )
      .pipe(Effect.mapError((cause) => new OutboxError({ ids: batch.map((m) => m.id), cause })));
  });
