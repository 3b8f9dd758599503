// positive LW006: OrderLineChanged upserts order_lines by order_id without checking the order, while OrderCancelled deletes it
import type { Knex } from "knex";

type OrderEvent =
  | { kind: "OrderPlaced"; orderId: string; customerId: string }
  | { kind: "OrderLineChanged"; orderId: string; lineId: string; sku: string; qty: number }
  | { kind: "OrderCancelled"; orderId: string };

export async function applyOrderEvent(knex: Knex, event: OrderEvent): Promise<void> {
  if (event.kind === "OrderPlaced") {
    await knex("orders").insert({ id: event.orderId, customer_id: event.customerId }).onConflict("id").ignore();
  } else if (event.kind === "OrderLineChanged") {
    await knex("order_lines")
      .insert({ id: event.lineId, order_id: event.orderId, sku: event.sku, qty: event.qty })
      .onConflict("id")
      .merge(["sku", "qty"]);
  } else if (event.kind === "OrderCancelled") {
    // order_lines.order_id -> orders.id ON DELETE CASCADE
    await knex("orders").where({ id: event.orderId }).delete();
  }
}
