// positive LW007: Effect OrderRepo service, place() logs before orDie but cancel() pipes the drizzle UPDATE straight into Effect.orDie with nothing logged
import { Context, Effect, Layer } from "effect";
import { eq } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { orders } from "./schema";

export class Database extends Context.Tag("Database")<Database, NodePgDatabase>() {}

class DbError {
  readonly _tag = "DbError";
  constructor(readonly cause: unknown) {}
}

const run = <A>(f: () => Promise<A>) => Effect.tryPromise({ try: f, catch: (cause) => new DbError(cause) });

export class OrderRepo extends Context.Tag("OrderRepo")<
  OrderRepo,
  {
    readonly place: (id: string, customerId: string, totalCents: number) => Effect.Effect<void>;
    readonly cancel: (id: string, reason: string) => Effect.Effect<void>;
  }
>() {}

export const OrderRepoLive = Layer.effect(
  OrderRepo,
  Effect.gen(function* () {
    const db = yield* Database;
    return {
      place: (id, customerId, totalCents) =>
        run(() => db.insert(orders).values({ id, customerId, totalCents, status: "placed" })).pipe(
          Effect.tapError((e) => Effect.logError("order insert failed", { orderId: id, cause: e.cause })),
          Effect.orDie,
        ),
      cancel: (id, reason) =>
        run(() => db.update(orders).set({ status: "cancelled", cancelReason: reason }).where(eq(orders.id, id))).pipe(
          Effect.orDie,
        ),
    };
  }),
);
