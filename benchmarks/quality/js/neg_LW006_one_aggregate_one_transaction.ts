// negative LW006: message and its parts are written in one transaction, and removal is serialized per aggregate
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { eq } from "drizzle-orm";
import { message, part } from "./schema";

export async function commitTurn(
  db: NodePgDatabase,
  turn: { messageID: string; sessionID: string; parts: { id: string; data: unknown }[] },
) {
  await db.transaction(async (tx) => {
    await tx
      .insert(message)
      .values({ id: turn.messageID, sessionID: turn.sessionID })
      .onConflictDoNothing();
    for (const p of turn.parts) {
      await tx
        .insert(part)
        .values({ id: p.id, messageID: turn.messageID, data: p.data })
        .onConflictDoUpdate({ target: part.id, set: { data: p.data } });
    }
  });
}

export async function removeTurn(db: NodePgDatabase, messageID: string) {
  await db.transaction(async (tx) => {
    await tx.delete(part).where(eq(part.messageID, messageID));
    await tx.delete(message).where(eq(message.id, messageID));
  });
}
