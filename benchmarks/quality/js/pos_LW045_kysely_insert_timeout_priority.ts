// positive LW045: support email stored via Kysely; a deferred triage callback sets row.priority on the copy only
import type { Kysely } from "kysely";
import type { Database } from "./db-types";

export async function ingestEmail(db: Kysely<Database>, from: string, subject: string, body: string) {
  const row = { id: crypto.randomUUID(), from_addr: from, subject, body, priority: null as string | null };
  await db.insertInto("support_emails").values(row).execute();
  setTimeout(async () => {
    const { triage } = await import("./triage");
    row.priority = triage(subject, body);
  }, 10);
  return row.id;
}
