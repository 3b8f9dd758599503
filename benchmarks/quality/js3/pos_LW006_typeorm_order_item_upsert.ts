// Positive LW006: NestJS event handler upserts order items via TypeORM while OrderPurged deletes orders concurrently.
import { Injectable } from "@nestjs/common";
import { OnEvent } from "@nestjs/event-emitter";
import { InjectRepository } from "@nestjs/typeorm";
import type { Repository } from "typeorm";
import { Order } from "./order.entity";
import { OrderItem } from "./order-item.entity";

interface ItemRepriced {
  itemId: string;
  orderId: string;
  sku: string;
  unitPriceCents: number;
}

@Injectable()
export class OrderReadModel {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @InjectRepository(OrderItem) private readonly items: Repository<OrderItem>,
  ) {}

  @OnEvent("order.item-repriced")
  async onItemRepriced(e: ItemRepriced): Promise<void> {
    await this.items.upsert(
      { id: e.itemId, orderId: e.orderId, sku: e.sku, unitPriceCents: e.unitPriceCents },
      ["id"],
    );
  }

  @OnEvent("order.purged")
  async onOrderPurged(e: { orderId: string }): Promise<void> {
    await this.orders.delete({ id: e.orderId });
  }
}
