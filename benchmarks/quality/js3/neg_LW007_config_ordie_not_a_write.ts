// Negative LW007: orDie is applied only to reading configuration at startup, not to any write.
import { Config, Effect, Layer } from "effect";
import { DatabaseLive } from "./database";

const databaseUrl = Config.string("DATABASE_URL");
const poolSize = Config.integer("DB_POOL_SIZE").pipe(Config.withDefault(10));

export const AppConfigLive = Layer.unwrapEffect(
  Effect.gen(function* () {
    const url = yield* databaseUrl;
    const size = yield* poolSize;
    return DatabaseLive({ url, poolSize: size });
  }).pipe(Effect.orDie),
);
