// negative LW006: order read-model projector upserts order_line with INSERT ... SELECT from order_view, so a line for a cancelled (deleted) order inserts nothing; the skip is logged
import { Kysely, sql } from "kysely";

interface DB {
  order_view: { id: string; customer_id: string; status: string; updated_at: Date };
  order_line: { id: string; order_id: string; sku: string; qty: number; unit_cents: number };
}

type OrderEvent =
  | { type: "LineItemChanged"; orderId: string; lineId: string; sku: string; qty: number; unitCents: number }
  | { type: "OrderCancelled"; orderId: string };

export class OrderProjector {
  constructor(private readonly db: Kysely<DB>) {}

  async apply(evt: OrderEvent): Promise<void> {
    if (evt.type === "OrderCancelled") {
      await this.db.deleteFrom("order_view").where("id", "=", evt.orderId).execute();
      return;
    }
    const result = await this.db
      .insertInto("order_line")
      .columns(["id", "order_id", "sku", "qty", "unit_cents"])
      .expression(
        this.db
          .selectFrom("order_view")
          .select([
            sql.lit(evt.lineId).as("id"),
            "order_view.id as order_id",
            sql.lit(evt.sku).as("sku"),
            sql.lit(evt.qty).as("qty"),
            sql.lit(evt.unitCents).as("unit_cents"),
          ])
          .where("order_view.id", "=", evt.orderId),
      )
      .onConflict((oc) => oc.column("id").doUpdateSet({ qty: evt.qty, unit_cents: evt.unitCents }))
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) {
      console.warn(`order ${evt.orderId} is gone, line ${evt.lineId} skipped`);
    }
  }
}
