// positive LW004: UsageMeter.record() awaits the drizzle insert but its .catch only logs a warning, so billing usage is dropped and the caller sees success
import { drizzle } from "drizzle-orm/node-postgres";
import { and, eq, gte, sum } from "drizzle-orm";
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
  async total(accountId: string, metric: string, since: Date): Promise<number> {
    const [row] = await db
      .select({ total: sum(usageEvents.quantity) })
      .from(usageEvents)
      .where(and(eq(usageEvents.accountId, accountId), eq(usageEvents.metric, metric), gte(usageEvents.at, since)));
    return Number(row?.total ?? 0);
  }

  async record(accountId: string, metric: string, quantity: number): Promise<void> {
    await db
      .insert(usageEvents)
      .values({ accountId, metric, quantity })
      .catch((err: Error) => {
        logger.warn({ accountId, metric, err: err.message }, "usage event not recorded");
      });
  }
}

export async function chargeApiCall(meter: UsageMeter, accountId: string): Promise<{ ok: true }> {
  await meter.record(accountId, "api_calls", 1);
  return { ok: true };
}
