// negative LW001: writes are pushed into an array inside the loop and awaited together afterwards
import type { Knex } from "knex";

export async function applyPriceList(knex: Knex, prices: { sku: string; cents: number }[]) {
  const writes: Promise<unknown>[] = [];
  for (const p of prices) {
    if (p.cents <= 0) continue;
    writes.push(knex("prices").where({ sku: p.sku }).update({ cents: p.cents, updated_at: new Date() }));
  }
  await Promise.all(writes);
  return writes.length;
}
