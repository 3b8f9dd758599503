// negative LW007: Effect.orDie is applied to decoding the startup configuration (pure, no write); the database writes in this module propagate their typed errors
import { Effect, Schema } from "effect";
import { SqlClient } from "@effect/sql";

const AppConfig = Schema.Struct({
  retentionDays: Schema.Number,
  archiveBucket: Schema.String,
});

export const loadConfig = (raw: unknown) => Schema.decodeUnknown(AppConfig)(raw).pipe(Effect.orDie);

export const purgeOldSessions = (retentionDays: number) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    const deleted = yield* sql`DELETE FROM sessions WHERE last_seen < now() - make_interval(days => ${retentionDays}) RETURNING id`;
    yield* Effect.logInfo("purged sessions", { count: deleted.length });
    return deleted.length;
  });

export const main = (raw: unknown) =>
  Effect.gen(function* () {
    const config = yield* loadConfig(raw);
    return yield* purgeOldSessions(config.retentionDays);
  });
