// positive LW006: CartItemChanged handler upserts a cart item under cartId with no cart check; CartAbandoned deletes the cart (cascade)
import type { PrismaClient } from "@prisma/client";

export function registerCartProjections(prisma: PrismaClient, on: (type: string, fn: (e: any) => Promise<void>) => void) {
  on("CartItemChanged", async (e: { cartId: string; itemId: string; sku: string; qty: number }) => {
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
