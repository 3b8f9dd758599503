// positive LW007: Effect stream consumer projects each inventory event with a Kysely upsert and pipes every write through Effect.orDie; no log of the event before the defect
import { Context, Effect, Layer, Stream } from "effect";
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

export class EventFeed extends Context.Tag("EventFeed")<EventFeed, { readonly events: Stream.Stream<StockMoved, Error> }>() {}

const upsertLevel = (e: StockMoved) =>
  Effect.gen(function* () {
    const db = yield* InventoryDb;
    yield* Effect.tryPromise(() =>
      db
        .insertInto("stock_levels")
        .values({ sku: e.sku, warehouse: e.warehouse, on_hand: e.onHand, event_seq: e.seq })
        .onConflict((oc) =>
          oc.columns(["sku", "warehouse"]).doUpdateSet({ on_hand: e.onHand, event_seq: e.seq }).where("stock_levels.event_seq", "<", e.seq),
        )
        .execute(),
    );
  });

export const runProjection = Effect.gen(function* () {
  const feed = yield* EventFeed;
  yield* feed.events.pipe(
    Stream.tap((e) => Effect.logDebug(`stock event ${e.seq}`)),
    Stream.runForEach((e) => upsertLevel(e).pipe(Effect.orDie)),
  );
});

export const ProjectionLive = Layer.scopedDiscard(Effect.forkScoped(runProjection));
