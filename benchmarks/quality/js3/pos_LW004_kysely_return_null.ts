// Positive LW004: Kysely repository swallows the insert error, logs it, and returns null as if nothing happened.
import type { Kysely } from "kysely";
import type { Database } from "./database";

export interface NewShipment {
  orderId: string;
  carrier: string;
  trackingNumber: string;
}

export class ShipmentRepository {
  constructor(private readonly db: Kysely<Database>, private readonly log: { error: (...a: unknown[]) => void }) {}

  async byOrder(orderId: string) {
    return this.db.selectFrom("shipments").selectAll().where("order_id", "=", orderId).executeTakeFirst();
  }

  async create(input: NewShipment): Promise<{ id: string } | null> {
    try {
      return await this.db
        .insertInto("shipments")
        .values({ order_id: input.orderId, carrier: input.carrier, tracking_number: input.trackingNumber })
        .returning("id")
        .executeTakeFirstOrThrow();
    } catch (err) {
      this.log.error("shipment insert failed", input.orderId, err);
      return null;
    }
  }
}
