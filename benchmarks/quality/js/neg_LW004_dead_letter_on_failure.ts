// negative LW004: a failed webhook insert is not dropped: the payload goes to a dead-letter table with the error
import type { Kysely } from "kysely";
import type { Database } from "./db-types";
import { logger } from "./logger";

export async function storeWebhook(db: Kysely<Database>, source: string, payload: unknown) {
  try {
    await db.insertInto("webhooks").values({ source, payload: JSON.stringify(payload), received_at: new Date() }).execute();
    return { stored: true };
  } catch (err) {
    logger.error("webhook insert failed, dead-lettering", { source, err: String(err) });
    await db
      .insertInto("webhook_dead_letters")
      .values({ source, payload: JSON.stringify(payload), error: String(err), failed_at: new Date() })
      .execute();
    return { stored: false, deadLettered: true };
  }
}
