// positive LW007: Effect Stream consumer writes each click batch to ClickHouse and turns a failed insert into a defect with Effect.orDie, no tapError and no log of the batch
import { Chunk, Duration, Effect, Stream } from "effect";
import { createClient } from "@clickhouse/client";

const clickhouse = createClient({ url: process.env.CLICKHOUSE_URL });

export type Click = { linkId: string; at: number; country: string; referrer: string | null };

const insertBatch = (rows: Chunk.Chunk<Click>) =>
  Effect.tryPromise(() =>
    clickhouse.insert({
      table: "clicks",
      values: Chunk.toReadonlyArray(rows).map((r) => ({ ...r, at: new Date(r.at).toISOString() })),
      format: "JSONEachRow",
    }),
  );

export const sink = (clicks: Stream.Stream<Click>) =>
  clicks.pipe(
    Stream.groupedWithin(5_000, Duration.seconds(2)),
    Stream.runForEach((batch) => insertBatch(batch).pipe(Effect.orDie)),
  );
