// Positive LW004: loyalty handler logs a failed Prisma create with console.error and returns the points as awarded.
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

export interface PurchaseEvent {
  memberId: string;
  orderId: string;
  amountCents: number;
}

export function pointsFor(event: PurchaseEvent): number {
  return Math.floor(event.amountCents / 100) * 2;
}

export async function awardPoints(event: PurchaseEvent): Promise<number> {
  const points = pointsFor(event);
  try {
    await prisma.pointsEntry.create({
      data: { memberId: event.memberId, orderId: event.orderId, points },
    });
  } catch (error) {
    console.error("failed to award points", event.orderId, error);
  }
  return points;
}
