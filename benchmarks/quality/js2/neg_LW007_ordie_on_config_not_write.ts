// negative LW007: Effect.orDie here guards reading required configuration at startup; no write can fail at this point
import { Config, Effect } from "effect";

export const AppConfig = Effect.gen(function* () {
  const databaseUrl = yield* Config.string("DATABASE_URL").pipe(Effect.orDie);
  const port = yield* Config.integer("PORT").pipe(Config.withDefault(8080));
  return { databaseUrl, port };
});
