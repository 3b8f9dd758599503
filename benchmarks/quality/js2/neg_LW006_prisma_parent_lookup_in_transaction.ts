// negative LW006: inside a Prisma interactive transaction the order is looked up first; a missing order skips the line item
import { PrismaClient } from "@prisma/client";

export async function lineItemChanged(
  prisma: PrismaClient,
  e: { itemId: string; orderId: string; sku: string; qty: number },
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const order = await tx.order.findUnique({ where: { id: e.orderId }, select: { id: true } });
    if (!order) {
      console.warn(`order ${e.orderId} cancelled; line item ${e.itemId} skipped`);
      return;
    }
    await tx.lineItem.upsert({
      where: { id: e.itemId },
      create: { id: e.itemId, orderId: e.orderId, sku: e.sku, qty: e.qty },
      update: { sku: e.sku, qty: e.qty },
    });
  });
}
