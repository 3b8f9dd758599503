// negative LW007: Effect stream consumer handles the known stale-event case explicitly and logs any other upsert failure with the event's seq and sku (tapErrorCause) before orDie
import { Cause, Context, Data, Effect, Stream } from "effect";
import type { Kysely } from "kysely";

interface Inventory {
  stock_levels: { sku: string; warehouse: string; on_hand: number; event_seq: number };
}

export class InventoryDb extends Context.Tag("InventoryDb")<InventoryDb, Kysely<Inventory>>() {}

export interface StockMoved {
  seq: number;
  sku: string;
  warehouse: string;
  onHand: number;
}

class StaleEvent extends Data.TaggedError("StaleEvent")<{ seq: number }> {}
class UpsertFailed extends Data.TaggedError("UpsertFailed")<{ cause: unknown }> {}

const upsertLevel = (e: StockMoved) =>
  Effect.gen(function* () {
    const db = yield* InventoryDb;
    const res = yield* Effect.tryPromise({
      try: () =>
        db
          .insertInto("stock_levels")
          .values({ sku: e.sku, warehouse: e.warehouse, on_hand: e.onHand, event_seq: e.seq })
          .onConflict((oc) =>
            oc.columns(["sku", "warehouse"]).doUpdateSet({ on_hand: e.onHand, event_seq: e.seq }).where("stock_levels.event_seq", "<", e.seq),
          )
          .executeTakeFirst(),
      catch: (cause) => new UpsertFailed({ cause }),
    });
    if (Number(res.numInsertedOrUpdatedRows ?? 0) === 0) return yield* Effect.fail(new StaleEvent({ seq: e.seq }));
  });

export const project = (events: Stream.Stream<StockMoved>) =>
  events.pipe(
    Stream.runForEach((e) =>
      upsertLevel(e).pipe(
        Effect.catchTag("StaleEvent", (s) => Effect.logInfo(`stale stock event ${s.seq} ignored`)),
        Effect.tapErrorCause((cause) =>
          Effect.logError("stock projection failed", { seq: e.seq, sku: e.sku, warehouse: e.warehouse, cause: Cause.pretty(cause) }),
        ),
        Effect.orDie,
      ),
    ),
  );
