// negative LW007: Effect OrderRepo service, both place() and cancel() log the failed drizzle write with the order id (tapErrorCause) before Effect.orDie
import { Cause, Context, Effect, Layer } from "effect";
import { eq } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { orders } from "./schema";

export class Database extends Context.Tag("Database")<Database, NodePgDatabase>() {}

const run = <A>(what: string, orderId: string, f: () => Promise<A>) =>
  Effect.tryPromise({ try: f, catch: (cause) => cause }).pipe(
    Effect.tapErrorCause((cause) => Effect.logError(`${what} failed`, { orderId, cause: Cause.pretty(cause) })),
    Effect.orDie,
  );

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
        run("order insert", id, () => db.insert(orders).values({ id, customerId, totalCents, status: "placed" })),
      cancel: (id, reason) =>
        run("order cancel", id, () =>
          db.update(orders).set({ status: "cancelled", cancelReason: reason }).where(eq(orders.id, id)),
        ),
    };
  }),
);
