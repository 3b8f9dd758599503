// negative LW007: the seed script logs the failed transaction with its error before process.exit(1)
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
  } catch (err) {
    console.error(`seeding ${plans.length} plans failed:`, err);
    process.exit(1);
  }
  await prisma.$disconnect();
}

main();
