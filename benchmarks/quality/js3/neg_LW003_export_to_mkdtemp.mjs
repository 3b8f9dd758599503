// Negative LW003: a one-off CSV export is written into a fresh mkdtemp directory and uploaded; it is not state read back.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export async function exportInvoices(rows, upload) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "invoices-"));
  try {
    const file = path.join(dir, `invoices-${new Date().toISOString().slice(0, 10)}.csv`);
    const lines = ["id,customer,total", ...rows.map((r) => `${r.id},${r.customer},${r.total}`)];
    await writeFile(file, lines.join("\n") + "\n", "utf8");
    return await upload(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
