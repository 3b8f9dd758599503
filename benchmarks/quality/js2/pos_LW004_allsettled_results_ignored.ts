// positive LW004: stock updates are awaited with Promise.allSettled but the rejected results are never looked at
import type { Pool } from "pg";

export async function applyStockLevels(pool: Pool, levels: Record<string, number>): Promise<{ updated: number }> {
  const skus = Object.keys(levels);
  await Promise.allSettled(
    skus.map((sku) => pool.query("UPDATE stock SET qty = $1 WHERE sku = $2", [levels[sku], sku])),
  );
  return { updated: skus.length };
}
