// positive LW007: the outbox flush uses Effect.orDieWith(() => new Error("outbox flush failed")), dropping the SqlError and logging nothing
import { SqlClient } from "@effect/sql";
import { Effect } from "effect";

export const flushOutbox = (batch: ReadonlyArray<{ id: string; topic: string; body: string }>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql
      .withTransaction(
        Effect.forEach(batch, (m) => sql`INSERT INTO outbox_sent (id, topic, body) VALUES (${m.id}, ${m.topic}, ${m.body})`, {
          discard: true,
        }),
      )
      .pipe(Effect.orDieWith(() => new Error("outbox flush failed")));
  });
