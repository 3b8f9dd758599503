// negative LW004: awaited prisma write whose .catch() logs at error level AND rethrows
import { prisma } from "./db";
import { logger } from "./logger";

export async function saveOrder(order: { id: string; customerId: string; totalCents: number }) {
  return prisma.order
    .create({ data: order })
    .catch((err: unknown) => {
      logger.error({ err, orderId: order.id }, "order insert failed");
      throw err;
    });
}

export async function checkout(order: { id: string; customerId: string; totalCents: number }) {
  const saved = await saveOrder(order);
  return { id: saved.id, status: "created" };
}
