// Negative LW006: order read model locks the parent order row and skips the item when the order was purged.
import { Injectable, Logger } from "@nestjs/common";
import { OnEvent } from "@nestjs/event-emitter";
import type { DataSource } from "typeorm";
import { Order } from "./order.entity";
import { OrderItem } from "./order-item.entity";

@Injectable()
export class OrderReadModel {
  private readonly logger = new Logger(OrderReadModel.name);

  constructor(private readonly dataSource: DataSource) {}

  @OnEvent("order.item-repriced")
  async onItemRepriced(e: { itemId: string; orderId: string; sku: string; unitPriceCents: number }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const order = await manager.findOne(Order, { where: { id: e.orderId }, lock: { mode: "pessimistic_read" } });
      if (!order) {
        this.logger.warn(`order ${e.orderId} purged; item ${e.itemId} skipped`);
        return;
      }
      await manager.upsert(OrderItem, { id: e.itemId, orderId: e.orderId, sku: e.sku, unitPriceCents: e.unitPriceCents }, ["id"]);
    });
  }
}
