// Negative LW004: Effect pipeline logs the ledger insert failure with tapError and leaves the error in the channel.
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
    Effect.tapError((error) => Effect.logError("ledger entry not written", { id: entry.id, error })),
    Effect.retry({ times: 2 }),
  );
