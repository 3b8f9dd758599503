// negative LW007: Effect projector handles the expected foreign-key SqlError by warning and skipping, and logs every other failure with the event id before orDie
import { Effect } from "effect";
import { SqlClient, SqlError } from "@effect/sql";

export type PartEvent = { eventID: string; partID: string; messageID: string; body: string };

const isForeignKeyFailure = (e: SqlError.SqlError) => /FOREIGN KEY constraint failed/i.test(String(e.cause));

export const projectPart = (event: PartEvent) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`INSERT INTO part (id, message_id, body) VALUES (${event.partID}, ${event.messageID}, ${event.body})
               ON CONFLICT (id) DO UPDATE SET body = excluded.body`;
  }).pipe(
    Effect.catchTag("SqlError", (e) =>
      isForeignKeyFailure(e)
        ? Effect.logWarning("skipping part of removed message", { partID: event.partID, messageID: event.messageID })
        : Effect.fail(e),
    ),
    Effect.tapError((e) => Effect.logError("part projection failed", { eventID: event.eventID, error: String(e) })),
    Effect.orDie,
  );
