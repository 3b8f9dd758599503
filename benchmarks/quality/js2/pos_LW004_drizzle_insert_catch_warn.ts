// positive LW004: a telemetry service awaits db.insert(events).values(...).catch(warn): the failed insert resolves as success
import { drizzle } from "drizzle-orm/node-postgres";
import { pgTable, serial, text, timestamp, jsonb } from "drizzle-orm/pg-core";
import { Pool } from "pg";

export const events = pgTable("events", {
  id: serial("id").primaryKey(),
  kind: text("kind").notNull(),
  payload: jsonb("payload"),
  at: timestamp("at").defaultNow(),
});

const db = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }));
const logger = { warn: (msg: string, meta: object) => console.warn(msg, meta) };

export async function recordEvent(kind: string, payload: unknown): Promise<void> {
  await db
    .insert(events)
    .values({ kind, payload })
    .catch((err) => {
      logger.warn("failed to record event", { kind, error: err.message });
    });
}

export async function recentEvents(limit = 50) {
  return db.select().from(events).limit(limit);
}
