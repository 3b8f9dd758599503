// negative LW007: Effect.die marks an impossible state after a read (a programming error), not a failed write
import { Effect } from "effect";
import { SqlClient } from "@effect/sql";

export const currentPlan = (accountId: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    const rows = yield* sql<{ plan: string }>`SELECT plan FROM accounts WHERE id = ${accountId}`;
    const plan = rows[0]?.plan;
    if (plan !== "free" && plan !== "pro" && plan !== "team") {
      return yield* Effect.die(new Error(`account ${accountId} has unknown plan ${String(plan)}`));
    }
    return plan;
  });
