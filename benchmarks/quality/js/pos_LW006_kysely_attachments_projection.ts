// positive LW006: AttachmentUploaded upserts an attachment keyed by message_id with no parent check; MessageDeleted removes the message
import type { Kysely } from "kysely";
import type { ChatDb } from "./db-types";

export const handlers = {
  async AttachmentUploaded(db: Kysely<ChatDb>, e: { attachmentId: string; messageId: string; url: string }) {
    await db
      .insertInto("attachments")
      .values({ id: e.attachmentId, message_id: e.messageId, url: e.url })
      .onConflict((oc) => oc.column("id").doUpdateSet({ url: e.url }))
      .execute();
  },

  async MessageDeleted(db: Kysely<ChatDb>, e: { messageId: string }) {
    await db.deleteFrom("messages").where("id", "=", e.messageId).execute();
  },
};
