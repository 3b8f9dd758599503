// negative LW007: Effect service maps the drizzle insert failure to a typed PersistError, logs it with the meter id via tapError, and only then dies
import { Context, Data, Effect, Layer } from "effect";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { pgTable, text, integer, timestamp } from "drizzle-orm/pg-core";
import { Pool } from "pg";

export const meterReadings = pgTable("meter_readings", {
  meterId: text("meter_id").notNull(),
  kwh: integer("kwh").notNull(),
  readAt: timestamp("read_at").notNull(),
});

export class Db extends Context.Tag("Db")<Db, NodePgDatabase>() {
  static Live = Layer.sync(Db, () => drizzle(new Pool({ connectionString: process.env.DATABASE_URL })));
}

export class PersistError extends Data.TaggedError("PersistError")<{ meterId: string; readAt: Date; cause: unknown }> {}

export interface Reading {
  meterId: string;
  kwh: number;
  readAt: Date;
}

export const recordReading = (reading: Reading) =>
  Effect.gen(function* () {
    const db = yield* Db;
    yield* Effect.tryPromise({
      try: () => db.insert(meterReadings).values(reading),
      catch: (cause) => new PersistError({ meterId: reading.meterId, readAt: reading.readAt, cause }),
    }).pipe(
      Effect.tapError((e) =>
        Effect.logError("meter reading not stored", { meterId: e.meterId, readAt: e.readAt.toISOString(), cause: String(e.cause) }),
      ),
      Effect.orDie,
    );
  });
