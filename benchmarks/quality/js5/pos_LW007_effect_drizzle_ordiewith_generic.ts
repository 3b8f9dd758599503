// positive LW007: Effect service wraps a drizzle insert in Effect.tryPromise and turns any failure into a defect with orDieWith(() => new Error("persist failed")), logging nothing about the row
import { Context, Effect, Layer } from "effect";
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

export interface Reading {
  meterId: string;
  kwh: number;
  readAt: Date;
}

export const recordReading = (reading: Reading) =>
  Effect.gen(function* () {
    const db = yield* Db;
    yield* Effect.tryPromise(() => db.insert(meterReadings).values(reading)).pipe(
      Effect.orDieWith(() => new Error("persist failed")),
    );
  });

export const recordBatch = (readings: ReadonlyArray<Reading>) =>
  Effect.forEach(readings, recordReading, { concurrency: 4, discard: true }).pipe(
    Effect.withSpan("meter.recordBatch", { attributes: { count: readings.length } }),
  );
