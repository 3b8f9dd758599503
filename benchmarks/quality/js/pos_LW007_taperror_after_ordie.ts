// positive LW007: tapError is placed AFTER orDie, where the failure is already a defect, so nothing is logged
import { Effect } from "effect";
import { SqlClient } from "@effect/sql";

export const recordPayout = (payoutId: string, cents: number) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`INSERT INTO payouts (id, cents, at) VALUES (${payoutId}, ${cents}, now())`.pipe(
      Effect.orDie,
      Effect.tapError((e) => Effect.logError("payout insert failed", { payoutId, e })),
    );
  });
