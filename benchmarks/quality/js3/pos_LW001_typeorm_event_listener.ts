// Positive LW001: shipping listener calls TypeORM repository.save() from an EventEmitter callback and drops the promise.
import { EventEmitter } from "node:events";
import type { DataSource, Repository } from "typeorm";
import { ShipmentStatus } from "./entities/shipment-status.entity";

export interface CarrierUpdate {
  trackingNumber: string;
  status: "in_transit" | "delivered" | "exception";
  at: string;
}

export class CarrierWebhookBridge {
  private readonly statuses: Repository<ShipmentStatus>;

  constructor(dataSource: DataSource, private readonly events: EventEmitter) {
    this.statuses = dataSource.getRepository(ShipmentStatus);
  }

  start(): void {
    this.events.on("carrier.update", (update: CarrierUpdate) => {
      const row = this.statuses.create({
        trackingNumber: update.trackingNumber,
        status: update.status,
        occurredAt: new Date(update.at),
      });
      this.statuses.save(row);
    });
  }
}
