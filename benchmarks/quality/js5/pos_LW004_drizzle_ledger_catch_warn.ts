// positive LW004: wallet service, the drizzle insert of the ledger entry has a .catch that only warns, so topUp() resolves and the balance cache is bumped as if it were stored
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

export async function balance(walletId: string): Promise<number> {
  const cached = balanceCache.get(walletId);
  if (cached !== undefined) return cached;
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${ledger.amountCents}), 0)` })
    .from(ledger)
    .where(eq(ledger.walletId, walletId));
  balanceCache.set(walletId, Number(row.total));
  return Number(row.total);
}

export async function topUp(walletId: string, amountCents: number, paymentRef: string): Promise<number> {
  await db
    .insert(ledger)
    .values({ walletId, amountCents, reason: `topup:${paymentRef}` })
    .catch((err) => {
      log.warn({ err, walletId, paymentRef }, "ledger insert failed");
    });

  const next = (await balance(walletId)) + amountCents;
  balanceCache.set(walletId, next);
  return next;
}
