import { Effect } from "effect";
import { db } from "./db";
import { message, part } from "./schema";
import { eq } from "drizzle-orm";

export const onMessageRemoved = (event: { messageID: string }) =>
  Effect.promise(() => db.delete(message).where(eq(message.id, event.messageID)));

export const onPartUpdated = (event: { part: { id: string; messageID: string; data: unknown } }) =>
  Effect.promise(() =>
    db
      .insert(part)
      .values({ id: event.part.id, message_id: event.part.messageID, data: event.part.data })
      .onConflictDoUpdate({ target: part.id, set: { data: event.part.data } }),
  );

export const commitEvent = (tx: Effect.Effect<void, Error>) => tx.pipe(Effect.orDie);
