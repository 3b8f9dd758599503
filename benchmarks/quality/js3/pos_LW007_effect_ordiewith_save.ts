// Positive LW007: the order repository maps a failed save into a defect with orDieWith; no log line records the order.
import { Context, Effect, Layer } from "effect";

export class PersistError {
  readonly _tag = "PersistError";
  constructor(readonly cause: unknown) {}
}

export interface Order {
  id: string;
  customerId: string;
  totalCents: number;
}

export class OrderStore extends Context.Tag("OrderStore")<
  OrderStore,
  { readonly save: (order: Order) => Effect.Effect<void, PersistError> }
>() {}

export const placeOrder = (order: Order) =>
  Effect.gen(function* () {
    const store = yield* OrderStore;
    yield* store.save(order).pipe(Effect.orDieWith((e) => new Error(`persist failed: ${String(e.cause)}`)));
    return order.id;
  });

export const InMemoryOrderStore = Layer.succeed(OrderStore, {
  save: () => Effect.void,
});
