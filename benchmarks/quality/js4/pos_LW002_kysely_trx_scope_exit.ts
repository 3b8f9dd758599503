// positive LW002: inside db.transaction().execute(), grantPoints(trx, ...) (tier lookup, then the loyalty-points INSERT on trx) is started without await; the callback returns and the transaction commits and releases its connection before that INSERT runs
import { Kysely, PostgresDialect, sql, type Transaction } from "kysely";
import { Pool } from "pg";
import type { DB } from "./db-types";

const db = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});

export type CheckoutInput = {
  customerId: string;
  cartId: string;
  totalCents: number;
};

async function grantPoints(trx: Transaction<DB>, customerId: string, orderId: string, totalCents: number) {
  const tier = await trx
    .selectFrom("loyalty_tiers")
    .select("multiplier")
    .where("customer_id", "=", customerId)
    .executeTakeFirst();
  await trx
    .insertInto("loyalty_points")
    .values({
      customer_id: customerId,
      order_id: orderId,
      points: Math.floor((totalCents / 100) * (tier?.multiplier ?? 1)),
      earned_at: sql`now()`,
    })
    .execute();
}

export async function checkout(input: CheckoutInput): Promise<{ orderId: string }> {
  return db.transaction().execute(async (trx) => {
    const order = await trx
      .insertInto("orders")
      .values({ customer_id: input.customerId, cart_id: input.cartId, total_cents: input.totalCents })
      .returning("id")
      .executeTakeFirstOrThrow();

    await trx.updateTable("carts").set({ status: "checked_out" }).where("id", "=", input.cartId).execute();

    grantPoints(trx, input.customerId, order.id, input.totalCents).catch((err) =>
      console.warn("loyalty points not granted", err),
    );

    return { orderId: order.id };
  });
}
