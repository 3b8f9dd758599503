// negative LW003: a report export goes to a brand-new uniquely named file created exclusively (flag "wx"), not a live state file
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";

type Row = { sku: string; sold: number; revenue: number };

export async function exportSalesReport(dir: string, rows: Row[]): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `sales-${new Date().toISOString().replace(/[:.]/g, "-")}.csv`);
  const csv = ["sku,sold,revenue", ...rows.map((r) => `${r.sku},${r.sold},${r.revenue}`)].join("\n");
  await writeFile(file, csv, { flag: "wx" });
  return file;
}
