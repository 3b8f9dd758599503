// negative LW003: each export is a new timestamped file created with flag "wx"; no existing state file is overwritten
import { writeFile } from "node:fs/promises";
import path from "node:path";

export async function exportOrders(outDir: string, orders: { id: string; total: number }[]): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const target = path.join(outDir, `orders-${stamp}.csv`);
  const csv = ["id,total", ...orders.map((o) => `${o.id},${o.total}`)].join("\n");
  await writeFile(target, csv, { flag: "wx" });
  return target;
}
