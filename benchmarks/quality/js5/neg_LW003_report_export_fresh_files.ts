// negative LW003: nightly export writes fresh, uniquely named report files with the "wx" flag (never rewriting an existing file) and appends one line to an index log
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const OUT = process.env.EXPORT_DIR ?? "/srv/exports";

function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return "";
  const cols = Object.keys(rows[0]);
  const esc = (v: unknown) => `"${String(v ?? "").replaceAll('"', '""')}"`;
  return [cols.join(","), ...rows.map((r) => cols.map((c) => esc(r[c])).join(","))].join("\n");
}

export async function exportDailyRevenue(day: string): Promise<string> {
  const { rows } = await pool.query(
    "SELECT merchant_id, sum(amount_cents) AS cents, count(*) AS orders FROM orders WHERE created_at::date = $1 GROUP BY 1",
    [day],
  );
  const dir = join(OUT, day);
  await mkdir(dir, { recursive: true });
  const file = join(dir, `revenue-${day}-${Date.now()}.csv`);
  await writeFile(file, toCsv(rows), { flag: "wx" });
  await appendFile(join(OUT, "index.log"), `${day}\t${file}\t${rows.length}\n`);
  return file;
}
