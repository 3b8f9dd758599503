// negative LW002: Fastify routes await their writes on a shared knex pool that is destroyed only in the onClose hook
import Fastify from "fastify";
import knex from "knex";

const db = knex({ client: "pg", connection: process.env.DATABASE_URL });
const app = Fastify();

app.addHook("onClose", async () => {
  await db.destroy();
});

app.get<{ Params: { sku: string } }>("/products/:sku", async (request) => {
  const product = await db("products").where({ sku: request.params.sku }).first();
  await db("product_views").insert({ sku: request.params.sku, viewed_at: new Date() });
  return product;
});

export default app;
