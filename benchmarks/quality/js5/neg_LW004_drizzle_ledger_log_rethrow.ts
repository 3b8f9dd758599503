// negative LW004: wallet service, a failed drizzle ledger insert is logged with context and rethrown, so topUp() rejects and the cache is not touched
import { drizzle } from "drizzle-orm/node-postgres";
import { pgTable, text, integer, timestamp, uuid } from "drizzle-orm/pg-core";
import { eq, sql } from "drizzle-orm";
import { Pool } from "pg";
import pino from "pino";

const log = pino({ name: "wallet" });

export const ledger = pgTable("ledger", {
  id: uuid("id").primaryKey().defaultRandom(),
  walletId: text("wallet_id").notNull(),
  amountCents: integer("amount_cents").notNull(),
  reason: text("reason").notNull(),
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

const db = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }));
const balanceCache = new Map<string, number>();

async function balance(walletId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${ledger.amountCents}), 0)` })
    .from(ledger)
    .where(eq(ledger.walletId, walletId));
  return Number(row.total);
}

export async function topUp(walletId: string, amountCents: number, paymentRef: string): Promise<number> {
  try {
    await db.insert(ledger).values({ walletId, amountCents, reason: `topup:${paymentRef}` });
  } catch (err) {
    log.error({ err, walletId, paymentRef }, "ledger insert failed");
    throw err;
  }
  const next = await balance(walletId);
  balanceCache.set(walletId, next);
  return next;
}
