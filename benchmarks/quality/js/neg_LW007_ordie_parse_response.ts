// negative LW007: orDie is applied to parsing a fetched JSON body (a read); the write below logs via tapErrorCause first
import { Effect } from "effect";
import { HttpClient, HttpClientResponse } from "@effect/platform";
import { SqlClient } from "@effect/sql";

export const syncRates = Effect.gen(function* () {
  const client = yield* HttpClient.HttpClient;
  const sql = yield* SqlClient.SqlClient;
  const rates = yield* client.get("https://rates.example.com/latest").pipe(
    Effect.flatMap(HttpClientResponse.json),
    Effect.orDie,
  );
  yield* sql`INSERT INTO fx_rates ${sql.insert({ body: JSON.stringify(rates), fetched_at: new Date() })}`.pipe(
    Effect.tapErrorCause((cause) => Effect.logError("fx rate insert failed", cause)),
    Effect.orDie,
  );
});
