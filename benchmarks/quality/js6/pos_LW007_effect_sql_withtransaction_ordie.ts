// positive LW007: Effect ledger service runs the transfer inside sql.withTransaction and pipes it straight into Effect.orDie: a failed write becomes a defect with nothing logged
import { Context, Effect, Layer } from "effect";
import { SqlClient } from "@effect/sql";

export interface Transfer {
  id: string;
  from: string;
  to: string;
  amountCents: number;
}

export class Ledger extends Context.Tag("Ledger")<
  Ledger,
  { readonly post: (t: Transfer) => Effect.Effect<void>; readonly balance: (account: string) => Effect.Effect<number> }
>() {}

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
            yield* sql`UPDATE accounts SET balance = balance - ${t.amountCents} WHERE id = ${t.from}`;
            yield* sql`UPDATE accounts SET balance = balance + ${t.amountCents} WHERE id = ${t.to}`;
          }),
        )
        .pipe(Effect.orDie);

    const balance = (account: string) =>
      sql<{ balance: number }>`SELECT balance FROM accounts WHERE id = ${account}`.pipe(
        Effect.map((rows) => rows[0]?.balance ?? 0),
        Effect.catchAll(() => Effect.succeed(0)),
      );

    return { post, balance };
  }),
);
