// negative LW004: UsageMeter.record() logs a failed drizzle insert at error level with context and re-throws it to the caller
import { drizzle } from "drizzle-orm/node-postgres";
import { pgTable, text, integer, timestamp, serial } from "drizzle-orm/pg-core";
import { Pool } from "pg";
import pino from "pino";

const logger = pino({ name: "usage" });

export const usageEvents = pgTable("usage_events", {
  id: serial("id").primaryKey(),
  accountId: text("account_id").notNull(),
  metric: text("metric").notNull(),
  quantity: integer("quantity").notNull(),
  at: timestamp("at").notNull().defaultNow(),
});

const db = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }));

export class UsageMeter {
  async record(accountId: string, metric: string, quantity: number): Promise<void> {
    try {
      await db.insert(usageEvents).values({ accountId, metric, quantity });
    } catch (err) {
      logger.error({ accountId, metric, quantity, err }, "usage event insert failed");
      throw err;
    }
  }
}
