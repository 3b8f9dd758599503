// negative LW007: the repository logs the SqlError with the ledger entry via Effect.tapError before Effect.orDie
import { SqlClient } from "@effect/sql";
import { Context, Effect, Layer } from "effect";

export class BookkeeperRepo extends Context.Tag("BookkeeperRepo")<
  BookkeeperRepo,
  { readonly post: (entry: { account: string; amount: number }) => Effect.Effect<void> }
>() {}

export const BookkeeperRepoLive = Layer.effect(
  BookkeeperRepo,
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    return {
      post: (entry) =>
        sql`INSERT INTO ledger (account, amount) VALUES (${entry.account}, ${entry.amount})`.pipe(
          Effect.asVoid,
          Effect.tapError((error) => Effect.logError("ledger insert failed", { account: entry.account, error })),
          Effect.orDie,
        ),
    };
  }),
);
