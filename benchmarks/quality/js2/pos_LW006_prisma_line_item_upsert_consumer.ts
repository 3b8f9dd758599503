// positive LW006: an order-event consumer upserts line items with prisma.lineItem.upsert while OrderCancelled deletes the order
import { PrismaClient } from "@prisma/client";

type OrderEvent =
  | { type: "OrderPlaced"; orderId: string; customer: string }
  | { type: "OrderCancelled"; orderId: string }
  | { type: "LineItemChanged"; itemId: string; orderId: string; sku: string; qty: number };

export class OrderProjection {
  constructor(private readonly prisma: PrismaClient) {}

  async handle(event: OrderEvent): Promise<void> {
    switch (event.type) {
      case "OrderPlaced":
        await this.prisma.order.create({ data: { id: event.orderId, customer: event.customer } });
        break;
      case "OrderCancelled":
        await this.prisma.order.delete({ where: { id: event.orderId } });
        break;
      case "LineItemChanged":
        await this.prisma.lineItem.upsert({
          where: { id: event.itemId },
          create: { id: event.itemId, orderId: event.orderId, sku: event.sku, qty: event.qty },
          update: { sku: event.sku, qty: event.qty },
        });
        break;
    }
  }
}
