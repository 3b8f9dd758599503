// positive LW004: a Kysely update awaited with .catch(() => {}) ignores the failure outright
import type { Kysely } from "kysely";
import type { Database } from "./db-types";

export async function markNotificationsRead(db: Kysely<Database>, userId: string, ids: string[]) {
  await db
    .updateTable("notifications")
    .set({ read_at: new Date() })
    .where("user_id", "=", userId)
    .where("id", "in", ids)
    .execute()
    .catch(() => {});
  return { read: ids.length };
}
