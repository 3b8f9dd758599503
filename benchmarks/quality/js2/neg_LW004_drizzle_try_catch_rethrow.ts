// negative LW004: the fixed recordEvent logs the failed insert at error level and rethrows it
import { drizzle } from "drizzle-orm/node-postgres";
import { jsonb, pgTable, serial, text } from "drizzle-orm/pg-core";
import { Pool } from "pg";

export const events = pgTable("events", {
  id: serial("id").primaryKey(),
  kind: text("kind").notNull(),
  payload: jsonb("payload"),
});

const db = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }));

export async function recordEvent(kind: string, payload: unknown): Promise<void> {
  try {
    await db.insert(events).values({ kind, payload });
  } catch (err) {
    console.error("failed to record event", { kind, error: String(err) });
    throw err;
  }
}
