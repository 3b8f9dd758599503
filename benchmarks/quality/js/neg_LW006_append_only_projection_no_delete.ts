// negative LW006: a ledger projection upserts entries keyed by account, but no event ever deletes an account
import type { Knex } from "knex";

type LedgerEvent =
  | { kind: "AccountOpened"; accountId: string; owner: string }
  | { kind: "EntryPosted"; entryId: string; accountId: string; cents: number };

export async function applyLedgerEvent(knex: Knex, event: LedgerEvent): Promise<void> {
  switch (event.kind) {
    case "AccountOpened":
      await knex("ledger_accounts").insert({ id: event.accountId, owner: event.owner }).onConflict("id").ignore();
      break;
    case "EntryPosted":
      await knex("ledger_entries")
        .insert({ id: event.entryId, account_id: event.accountId, cents: event.cents })
        .onConflict("id")
        .ignore();
      break;
  }
}
