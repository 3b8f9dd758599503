// positive LW006: PartUpdated projection upserts a part keyed by messageID with no parent check, while MessageRemoved cascade-deletes the message
import { Effect } from "effect";
import { eq } from "drizzle-orm";
import { Database } from "./database";
import { message, part } from "./schema";
import type { MessageRemoved, MessageUpdated, PartUpdated } from "./events";

export const projectMessageUpdated = (event: MessageUpdated) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db
      .insert(message)
      .values({ id: event.messageID, sessionID: event.sessionID, role: event.role, data: event.data })
      .onConflictDoUpdate({ target: message.id, set: { data: event.data } });
  });

export const projectMessageRemoved = (event: MessageRemoved) =>
  Effect.gen(function* () {
    const db = yield* Database;
    // part.message_id references message.id with onDelete: "cascade"
    yield* db.delete(message).where(eq(message.id, event.messageID));
  });

export const projectPartUpdated = (event: PartUpdated) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db
      .insert(part)
      .values({ id: event.partID, messageID: event.messageID, data: event.data })
      .onConflictDoUpdate({ target: part.id, set: { data: event.data } });
  });
