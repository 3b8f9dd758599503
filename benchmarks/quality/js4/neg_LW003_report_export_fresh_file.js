// negative LW003: nightly export writes each CSV report to a new, uniquely named file opened with "wx"; no state file is rewritten
const fs = require("node:fs/promises");
const path = require("node:path");
const knex = require("knex")({ client: "pg", connection: process.env.DATABASE_URL });

const EXPORT_DIR = process.env.EXPORT_DIR || "/srv/exports";

function toCsv(rows) {
  if (rows.length === 0) return "";
  const cols = Object.keys(rows[0]);
  const esc = (v) => `"${String(v ?? "").replace(/"/g, '""')}"`;
  return [cols.join(","), ...rows.map((r) => cols.map((c) => esc(r[c])).join(","))].join("\n") + "\n";
}

async function exportDay(day) {
  const rows = await knex("orders")
    .select("id", "customer_id", "total_cents", "created_at")
    .whereRaw("created_at::date = ?", [day]);
  const file = path.join(EXPORT_DIR, `orders-${day}-${Date.now()}.csv`);
  const handle = await fs.open(file, "wx");
  try {
    await handle.writeFile(toCsv(rows));
  } finally {
    await handle.close();
  }
  return file;
}

exportDay(process.argv[2] || new Date(Date.now() - 864e5).toISOString().slice(0, 10))
  .then((file) => console.log(`wrote ${file}`))
  .catch((err) => {
    console.error("export failed", err);
    process.exitCode = 1;
  })
  .finally(() => knex.destroy());
