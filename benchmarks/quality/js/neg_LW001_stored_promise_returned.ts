// negative LW001: the write promise is stored, a log line is emitted, and the promise is returned to the awaiting caller
import type { Repository } from "typeorm";
import type { Invoice } from "./invoice.entity";
import { logger } from "./logger";

export function persistInvoice(repo: Repository<Invoice>, invoice: Invoice): Promise<Invoice> {
  const saving = repo.save(invoice);
  logger.debug("saving invoice", { id: invoice.id });
  return saving;
}

export async function issue(repo: Repository<Invoice>, invoice: Invoice) {
  const saved = await persistInvoice(repo, invoice);
  return { id: saved.id, number: saved.number };
}
