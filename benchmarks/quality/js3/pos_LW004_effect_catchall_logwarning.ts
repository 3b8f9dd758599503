// Positive LW004: Effect pipeline catches every error from the ledger insert with catchAll + logWarning and succeeds.
import { Effect } from "effect";
import { SqlClient } from "@effect/sql";

export interface LedgerEntry {
  id: string;
  account: string;
  amountCents: number;
}

export const appendEntry = (entry: LedgerEntry) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`INSERT INTO ledger_entries (id, account, amount_cents) VALUES (${entry.id}, ${entry.account}, ${entry.amountCents})`;
  }).pipe(
    Effect.catchAll((error) => Effect.logWarning("ledger entry not written", { id: entry.id, error })),
  );

export const appendAll = (entries: ReadonlyArray<LedgerEntry>) =>
  Effect.forEach(entries, appendEntry, { concurrency: 4, discard: true });
