// negative LW006: CartItemChanged first loads the cart and skips with a warning when it was deleted
import type { PrismaClient } from "@prisma/client";
import { logger } from "./logger";

export function registerCartProjections(prisma: PrismaClient, on: (type: string, fn: (e: any) => Promise<void>) => void) {
  on("CartItemChanged", async (e: { cartId: string; itemId: string; sku: string; qty: number }) => {
    const cart = await prisma.cart.findUnique({ where: { id: e.cartId }, select: { id: true } });
    if (!cart) {
      logger.warn("skipping item of a removed cart", { cartId: e.cartId, itemId: e.itemId });
      return;
    }
    await prisma.cartItem.upsert({
      where: { id: e.itemId },
      create: { id: e.itemId, cartId: e.cartId, sku: e.sku, qty: e.qty },
      update: { qty: e.qty },
    });
  });

  on("CartAbandoned", async (e: { cartId: string }) => {
    await prisma.cart.delete({ where: { id: e.cartId } });
  });
}
