// negative LW007: Effect app uses orDie only on startup config decoding (no write involved); the order write keeps its typed error and the HTTP layer logs and maps it to 503
import { Effect, Schema, Data } from "effect";
import { SqlClient } from "@effect/sql";

const AppConfig = Schema.Struct({
  databaseUrl: Schema.String,
  port: Schema.NumberFromString,
  region: Schema.Literal("eu", "us"),
});

export const loadConfig = Schema.decodeUnknown(AppConfig)({
  databaseUrl: process.env.DATABASE_URL,
  port: process.env.PORT,
  region: process.env.REGION,
}).pipe(Effect.orDie);

export class OrderNotStored extends Data.TaggedError("OrderNotStored")<{ orderId: string; cause: unknown }> {}

export const storeOrder = (order: { id: string; customerId: string; totalCents: number }) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient;
    yield* sql`INSERT INTO orders ${sql.insert(order)}`.pipe(
      Effect.mapError((cause) => new OrderNotStored({ orderId: order.id, cause })),
    );
  });

export const handlePlaceOrder = (order: { id: string; customerId: string; totalCents: number }) =>
  storeOrder(order).pipe(
    Effect.as({ status: 201, body: { id: order.id } }),
    Effect.catchTag("OrderNotStored", (e) =>
      Effect.logError("order not stored", { orderId: e.orderId, cause: String(e.cause) }).pipe(
        Effect.as({ status: 503, body: { error: "try again" } }),
      ),
    ),
  );
