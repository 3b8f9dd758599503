// positive LW007: repository save wrapped with Effect.orDieWith into a generic Error; the SqlError and ids are never logged
import { Effect } from "effect";
import { InvoiceRepo } from "./invoice-repo";
import type { Invoice } from "./invoice";

export const finalizeInvoice = (invoice: Invoice) =>
  Effect.gen(function* () {
    const repo = yield* InvoiceRepo;
    const finalized = { ...invoice, status: "final" as const, finalizedAt: new Date() };
    yield* repo.save(finalized).pipe(Effect.orDieWith(() => new Error("could not finalize invoice")));
    return finalized;
  });
