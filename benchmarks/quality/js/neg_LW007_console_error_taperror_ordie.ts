// negative LW007: Effect.tapError with Console.error prints the failed repository save before orDie
import { Console, Effect } from "effect";
import { InvoiceRepo } from "./invoice-repo";
import type { Invoice } from "./invoice";

export const finalizeInvoice = (invoice: Invoice) =>
  Effect.gen(function* () {
    const repo = yield* InvoiceRepo;
    const finalized = { ...invoice, status: "final" as const };
    yield* repo.save(finalized).pipe(
      Effect.tapError((error) => Console.error(`finalizing invoice ${invoice.id} failed`, error)),
      Effect.orDie,
    );
    return finalized;
  });
