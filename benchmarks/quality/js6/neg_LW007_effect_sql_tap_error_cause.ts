// negative LW007: fixed form: the ledger transfer logs the failure cause with the transfer id and accounts via Effect.tapErrorCause before Effect.orDie
import { Cause, Context, Effect, Layer } from "effect";
import { SqlClient } from "@effect/sql";

export interface Transfer {
  id: string;
  from: string;
  to: string;
  amountCents: number;
}

export class Ledger extends Context.Tag("Ledger")<Ledger, { readonly post: (t: Transfer) => Effect.Effect<void> }>() {}

export const LedgerLive = Layer.effect(
  Ledger,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;

    const post = (t: Transfer) =>
      sql
        .withTransaction(
          Effect.gen(function* () {
            yield* sql`INSERT INTO ledger_entries (transfer_id, account, delta) VALUES (${t.id}, ${t.from}, ${-t.amountCents})`;
            yield* sql`INSERT INTO ledger_entries (transfer_id, account, delta) VALUES (${t.id}, ${t.to}, ${t.amountCents})`;
          }),
        )
        .pipe(
          Effect.tapErrorCause((cause) =>
            Effect.logError("ledger transfer failed", {
              transferID: t.id,
              from: t.from,
              to: t.to,
              amountCents: t.amountCents,
              cause: Cause.pretty(cause),
            }),
          ),
          Effect.orDie,
        );

    return { post };
  }),
);
