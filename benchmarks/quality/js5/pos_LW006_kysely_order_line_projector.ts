// positive LW006: order read-model projector, LineItemChanged upserts order_line via Kysely onConflict while OrderCancelled deletes the order (FK cascade) in another event
import { Kysely } from "kysely";

interface DB {
  order_view: { id: string; customer_id: string; status: string; updated_at: Date };
  order_line: { id: string; order_id: string; sku: string; qty: number; unit_cents: number };
}

type OrderEvent =
  | { type: "OrderPlaced"; orderId: string; customerId: string }
  | { type: "LineItemChanged"; orderId: string; lineId: string; sku: string; qty: number; unitCents: number }
  | { type: "OrderCancelled"; orderId: string };

export class OrderProjector {
  constructor(private readonly db: Kysely<DB>) {}

  async apply(evt: OrderEvent): Promise<void> {
    switch (evt.type) {
      case "OrderPlaced":
        await this.db
          .insertInto("order_view")
          .values({ id: evt.orderId, customer_id: evt.customerId, status: "placed", updated_at: new Date() })
          .onConflict((oc) => oc.column("id").doNothing())
          .execute();
        return;
      case "LineItemChanged":
        await this.upsertLine(evt);
        return;
      case "OrderCancelled":
        // order_line.order_id REFERENCES order_view(id) ON DELETE CASCADE
        await this.db.deleteFrom("order_view").where("id", "=", evt.orderId).execute();
        return;
    }
  }

  private async upsertLine(evt: Extract<OrderEvent, { type: "LineItemChanged" }>) {
    await this.db
      .insertInto("order_line")
      .values({ id: evt.lineId, order_id: evt.orderId, sku: evt.sku, qty: evt.qty, unit_cents: evt.unitCents })
      .onConflict((oc) => oc.column("id").doUpdateSet({ qty: evt.qty, unit_cents: evt.unitCents }))
      .execute();
  }
}
