// negative LW004: catalogue sync retries each Prisma upsert with backoff and throws after the last attempt, so the sync run fails instead of reporting success
import { PrismaClient } from "@prisma/client";
import { setTimeout as sleep } from "node:timers/promises";

const prisma = new PrismaClient();

interface FeedItem {
  sku: string;
  title: string;
  priceCents: number;
  stock: number;
}

async function withRetry<T>(what: string, attempt: () => Promise<T>, tries = 4): Promise<T> {
  let lastErr: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastErr = err;
      console.warn(`${what}: attempt ${i + 1}/${tries} failed`, err);
      await sleep(2 ** i * 250);
    }
  }
  throw new Error(`${what} failed after ${tries} attempts`, { cause: lastErr });
}

export async function syncCatalogue(items: FeedItem[]): Promise<{ synced: number }> {
  for (const item of items) {
    await withRetry(`upsert ${item.sku}`, () =>
      prisma.product.upsert({
        where: { sku: item.sku },
        create: item,
        update: { title: item.title, priceCents: item.priceCents, stock: item.stock },
      }),
    );
  }
  await prisma.syncRun.create({ data: { items: items.length, finishedAt: new Date() } });
  return { synced: items.length };
}
