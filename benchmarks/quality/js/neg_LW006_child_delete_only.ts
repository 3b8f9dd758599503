// negative LW006: the projection upserts and deletes parts only; no handler deletes the parent message
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { eq } from "drizzle-orm";
import { part } from "./schema";

export const partProjections = {
  PartUpdated: async (db: NodePgDatabase, e: { partID: string; messageID: string; data: unknown }) => {
    await db
      .insert(part)
      .values({ id: e.partID, messageID: e.messageID, data: e.data })
      .onConflictDoUpdate({ target: part.id, set: { data: e.data } });
  },
  PartRemoved: async (db: NodePgDatabase, e: { partID: string }) => {
    await db.delete(part).where(eq(part.id, e.partID));
  },
};
