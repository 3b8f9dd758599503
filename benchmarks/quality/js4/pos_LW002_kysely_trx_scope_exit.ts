// positive LW002: inside db.transaction().execute(), the loyalty-points INSERT on trx is started without await; the callback returns, the transaction commits and releases its connection before that write runs
import { Kysely, PostgresDialect, sql } from "kysely";
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

export async function checkout(input: CheckoutInput): Promise<{ orderId: string }> {
  return db.transaction().execute(async (trx) => {
    const order = await trx
      .insertInto("orders")
      .values({ customer_id: input.customerId, cart_id: input.cartId, total_cents: input.totalCents })
      .returning("id")
      .executeTakeFirstOrThrow();

    await trx.updateTable("carts").set({ status: "checked_out" }).where("id", "=", input.cartId).execute();

    trx
      .insertInto("loyalty_points")
      .values({
        customer_id: input.customerId,
        order_id: order.id,
        points: Math.floor(input.totalCents / 100),
        earned_at: sql`now()`,
      })
      .execute()
      .catch((err) => console.warn("loyalty points not granted", err));

    return { orderId: order.id };
  });
}
