// Negative LW004: Kysely repository wraps the insert error in a domain error with `cause` and throws it.
import type { Kysely } from "kysely";
import type { Database } from "./database";

export class ShipmentNotSaved extends Error {}

export class ShipmentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(orderId: string, carrier: string, trackingNumber: string): Promise<string> {
    const row = await this.db
      .insertInto("shipments")
      .values({ order_id: orderId, carrier, tracking_number: trackingNumber })
      .returning("id")
      .executeTakeFirstOrThrow()
      .catch((err: unknown) => {
        throw new ShipmentNotSaved(`shipment for order ${orderId} not saved`, { cause: err });
      });
    return row.id;
  }
}
