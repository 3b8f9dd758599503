// negative LW006: inside a transaction the parent order is locked FOR UPDATE; a missing order skips the line
import type { Knex } from "knex";

type OrderEvent =
  | { kind: "OrderLineChanged"; orderId: string; lineId: string; sku: string; qty: number }
  | { kind: "OrderCancelled"; orderId: string };

export async function applyOrderEvent(knex: Knex, event: OrderEvent): Promise<void> {
  if (event.kind === "OrderCancelled") {
    await knex("orders").where({ id: event.orderId }).delete();
    return;
  }
  await knex.transaction(async (trx) => {
    const order = await trx("orders").where({ id: event.orderId }).forUpdate().first("id");
    if (!order) {
      console.warn(`order ${event.orderId} is gone, dropping line ${event.lineId}`);
      return;
    }
    await trx("order_lines")
      .insert({ id: event.lineId, order_id: event.orderId, sku: event.sku, qty: event.qty })
      .onConflict("id")
      .merge(["sku", "qty"]);
  });
}
