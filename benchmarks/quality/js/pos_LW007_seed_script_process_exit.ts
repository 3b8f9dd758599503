// positive LW007: the seed script exits the process in the catch of a failed prisma transaction without logging anything
import { PrismaClient } from "@prisma/client";
import plans from "./plans.json";

const prisma = new PrismaClient();

async function main() {
  try {
    await prisma.$transaction(
      plans.map((plan) =>
        prisma.plan.upsert({ where: { slug: plan.slug }, create: plan, update: { priceCents: plan.priceCents } }),
      ),
    );
  } catch {
    process.exit(1);
  }
  await prisma.$disconnect();
}

main();
