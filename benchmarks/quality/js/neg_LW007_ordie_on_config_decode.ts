// negative LW007: orDie is applied to decoding configuration at startup, not to a write
import { Effect, Schema } from "effect";

const AppConfig = Schema.Struct({
  databaseUrl: Schema.String,
  port: Schema.NumberFromString,
  logLevel: Schema.Literal("debug", "info", "warn", "error"),
});

export const loadConfig = (env: Record<string, string | undefined>) =>
  Schema.decodeUnknown(AppConfig)({
    databaseUrl: env.DATABASE_URL,
    port: env.PORT ?? "8080",
    logLevel: env.LOG_LEVEL ?? "info",
  }).pipe(Effect.orDie);
