// positive LW002: a Fastify onResponse hook destroys the request's knex instance while the route's floating insert still uses it
import Fastify, { type FastifyRequest } from "fastify";
import knex, { type Knex } from "knex";

declare module "fastify" {
  interface FastifyRequest {
    db: Knex;
  }
}

const app = Fastify();

app.addHook("onRequest", async (request: FastifyRequest) => {
  request.db = knex({ client: "pg", connection: process.env.TENANT_DB_URL, pool: { min: 0, max: 1 } });
});

app.addHook("onResponse", async (request: FastifyRequest) => {
  await request.db.destroy();
});

app.get<{ Params: { sku: string } }>("/products/:sku", async (request) => {
  const product = await request.db("products").where({ sku: request.params.sku }).first();
  request.db("product_views")
    .insert({ sku: request.params.sku, viewed_at: new Date() })
    .catch((err: Error) => request.log.warn({ err }, "view not recorded"));
  return product;
});

export default app;
