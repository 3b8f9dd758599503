// negative LW006: PartUpdated looks the parent message up first and skips with a warning when it was removed
import { Effect } from "effect";
import { eq } from "drizzle-orm";
import { Database } from "./database";
import { message, part } from "./schema";
import type { MessageRemoved, PartUpdated } from "./events";

export const projectMessageRemoved = (event: MessageRemoved) =>
  Effect.gen(function* () {
    const db = yield* Database;
    yield* db.delete(message).where(eq(message.id, event.messageID));
  });

export const projectPartUpdated = (event: PartUpdated) =>
  Effect.gen(function* () {
    const db = yield* Database;
    const parent = yield* db.select({ id: message.id }).from(message).where(eq(message.id, event.messageID));
    if (parent.length === 0) {
      yield* Effect.logWarning("skipping orphan part", { partID: event.partID, messageID: event.messageID });
      return;
    }
    yield* db
      .insert(part)
      .values({ id: event.partID, messageID: event.messageID, data: event.data })
      .onConflictDoUpdate({ target: part.id, set: { data: event.data } });
  });
