// negative LW001: the drizzle write chain with .then() is returned to the caller, who awaits it
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { eq, sql } from "drizzle-orm";
import { subscriptions } from "./schema";
import { log } from "./log";

export function renewSubscription(db: NodePgDatabase, id: string) {
  return db
    .update(subscriptions)
    .set({ renewedAt: new Date(), periods: sql`${subscriptions.periods} + 1` })
    .where(eq(subscriptions.id, id))
    .returning()
    .then(([row]) => {
      log.info("subscription renewed", { id: row.id, periods: row.periods });
      return row;
    });
}

export async function renewAll(db: NodePgDatabase, ids: string[]) {
  for (const id of ids) {
    await renewSubscription(db, id);
  }
}
