// positive LW007: an @effect/sql repository method pipes the INSERT into Effect.orDie, so a SqlError becomes an unlogged defect
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
          Effect.orDie,
        ),
    };
  }),
);
