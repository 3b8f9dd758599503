// Negative LW004: a unique violation means the points entry already exists; any other Prisma error is rethrown.
import { Prisma, PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

export async function awardPoints(memberId: string, orderId: string, points: number): Promise<"created" | "exists"> {
  try {
    await prisma.pointsEntry.create({ data: { memberId, orderId, points } });
    return "created";
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return "exists";
    }
    throw error;
  }
}
