// positive LW005: an Effect HTTP handler forks the order insert as a daemon fiber and responds 201 without waiting for it
import { HttpRouter, HttpServerRequest, HttpServerResponse } from "@effect/platform";
import { SqlClient } from "@effect/sql";
import { Effect, Schema } from "effect";

const OrderBody = Schema.Struct({ customer: Schema.String, total: Schema.Number });

const persistOrder = (order: { id: string; customer: string; total: number }) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`INSERT INTO orders ${sql.insert(order)}`;
  });

export const router = HttpRouter.empty.pipe(
  HttpRouter.post(
    "/orders",
    Effect.gen(function* () {
      const body = yield* HttpServerRequest.schemaBodyJson(OrderBody);
      const order = { id: crypto.randomUUID(), ...body };
      yield* Effect.forkDaemon(persistOrder(order));
      return yield* HttpServerResponse.json({ id: order.id }, { status: 201 });
    }),
  ),
);
