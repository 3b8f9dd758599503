// negative LW003: a scratch file in a fresh mkdtemp directory is written, uploaded and removed; no state file is rewritten
import { mkdtemp, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { uploadToBucket } from "./storage";

export async function publishInvoicePdf(invoiceId: string, pdf: Uint8Array): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "invoice-"));
  try {
    const file = path.join(dir, `${invoiceId}.pdf`);
    await writeFile(file, pdf);
    return await uploadToBucket(file, `invoices/${invoiceId}.pdf`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
