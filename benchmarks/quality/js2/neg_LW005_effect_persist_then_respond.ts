// negative LW005: the Effect handler yields the insert before building the 201 response
import { HttpRouter, HttpServerRequest, HttpServerResponse } from "@effect/platform";
import { SqlClient } from "@effect/sql";
import { Effect, Schema } from "effect";

const OrderBody = Schema.Struct({ customer: Schema.String, total: Schema.Number });

export const router = HttpRouter.empty.pipe(
  HttpRouter.post(
    "/orders",
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient;
      const body = yield* HttpServerRequest.schemaBodyJson(OrderBody);
      const order = { id: crypto.randomUUID(), ...body };
      yield* sql`INSERT INTO orders ${sql.insert(order)}`;
      return yield* HttpServerResponse.json({ id: order.id }, { status: 201 });
    }),
  ),
);
