// negative LW006: the cart.item.changed handler looks up the cart inside the same Prisma transaction and skips with a warning when cart.abandoned already deleted it
import { Injectable, Logger } from "@nestjs/common";
import { OnEvent } from "@nestjs/event-emitter";
import { PrismaService } from "../prisma/prisma.service";

export type CartItemChanged = { itemId: string; cartId: string; sku: string; qty: number };

@Injectable()
export class CartProjection {
  private readonly logger = new Logger(CartProjection.name);

  constructor(private readonly prisma: PrismaService) {}

  @OnEvent("cart.abandoned", { async: true })
  async onAbandoned(event: { cartId: string }): Promise<void> {
    await this.prisma.cart.deleteMany({ where: { id: event.cartId } });
  }

  @OnEvent("cart.item.changed", { async: true })
  async onItemChanged(event: CartItemChanged): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const cart = await tx.cart.findUnique({ where: { id: event.cartId }, select: { id: true } });
      if (!cart) {
        this.logger.warn(`skipping item ${event.itemId}: cart ${event.cartId} was removed`);
        return;
      }
      await tx.cartItem.upsert({
        where: { id: event.itemId },
        create: { id: event.itemId, cartId: event.cartId, sku: event.sku, qty: event.qty },
        update: { qty: event.qty },
      });
    });
  }
}
