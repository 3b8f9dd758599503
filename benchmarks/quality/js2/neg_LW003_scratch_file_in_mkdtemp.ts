// negative LW003: writeFile targets a scratch file in a fresh mkdtemp directory that is deleted after rendering
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function renderInvoicePdf(invoice: object): Promise<Buffer> {
  const work = await mkdtemp(path.join(os.tmpdir(), "invoice-"));
  try {
    const spec = path.join(work, "invoice.json");
    await writeFile(spec, JSON.stringify(invoice));
    await run("invoice-render", [spec, "-o", path.join(work, "out.pdf")]);
    return await readFile(path.join(work, "out.pdf"));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
