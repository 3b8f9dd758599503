// negative LW006: only the top-level message row is upserted and deleted; no child row references a parent here
import type { Kysely } from "kysely";
import type { ChatDb } from "./db-types";

export const handlers = {
  async MessageUpdated(db: Kysely<ChatDb>, e: { messageId: string; text: string }) {
    await db
      .insertInto("messages")
      .values({ id: e.messageId, text: e.text })
      .onConflict((oc) => oc.column("id").doUpdateSet({ text: e.text }))
      .execute();
  },

  async MessageDeleted(db: Kysely<ChatDb>, e: { messageId: string }) {
    await db.deleteFrom("messages").where("id", "=", e.messageId).execute();
  },
};
