// negative LW002: every write inside db.transaction().execute() is awaited, so the commit and connection release come after the loyalty-points INSERT
import { Kysely, PostgresDialect, sql } from "kysely";
import { Pool } from "pg";
import type { DB } from "./db-types";

const db = new Kysely<DB>({
  dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }),
});

export async function checkout(input: { customerId: string; cartId: string; totalCents: number }) {
  return db.transaction().execute(async (trx) => {
    const order = await trx
      .insertInto("orders")
      .values({ customer_id: input.customerId, cart_id: input.cartId, total_cents: input.totalCents })
      .returning("id")
      .executeTakeFirstOrThrow();

    await Promise.all([
      trx.updateTable("carts").set({ status: "checked_out" }).where("id", "=", input.cartId).execute(),
      trx
        .insertInto("loyalty_points")
        .values({
          customer_id: input.customerId,
          order_id: order.id,
          points: Math.floor(input.totalCents / 100),
          earned_at: sql`now()`,
        })
        .execute(),
    ]);

    return { orderId: order.id };
  });
}
