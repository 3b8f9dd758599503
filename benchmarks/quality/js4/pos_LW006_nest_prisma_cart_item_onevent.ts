// positive LW006: NestJS @OnEvent handler upserts a CartItem without checking that the cart still exists, while the cart.abandoned handler deletes carts (CartItem.cart is onDelete: Cascade)
import { Injectable, Logger } from "@nestjs/common";
import { OnEvent } from "@nestjs/event-emitter";
import { PrismaService } from "../prisma/prisma.service";

// schema.prisma:
//   model CartItem {
//     id     String @id
//     cartId String
//     cart   Cart   @relation(fields: [cartId], references: [id], onDelete: Cascade)
//     sku    String
//     qty    Int
//   }

export type CartItemChanged = { itemId: string; cartId: string; sku: string; qty: number };
export type CartAbandoned = { cartId: string; reason: "timeout" | "user" };

@Injectable()
export class CartProjection {
  private readonly logger = new Logger(CartProjection.name);

  constructor(private readonly prisma: PrismaService) {}

  @OnEvent("cart.abandoned", { async: true })
  async onAbandoned(event: CartAbandoned): Promise<void> {
    await this.prisma.cart.delete({ where: { id: event.cartId } });
    this.logger.log(`cart ${event.cartId} removed (${event.reason})`);
  }

  @OnEvent("cart.item.changed", { async: true })
  async onItemChanged(event: CartItemChanged): Promise<void> {
    if (event.qty <= 0) {
      await this.prisma.cartItem.deleteMany({ where: { id: event.itemId } });
      return;
    }
    await this.prisma.cartItem.upsert({
      where: { id: event.itemId },
      create: { id: event.itemId, cartId: event.cartId, sku: event.sku, qty: event.qty },
      update: { qty: event.qty },
    });
  }
}
