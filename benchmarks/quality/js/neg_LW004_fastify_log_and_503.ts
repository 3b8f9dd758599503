// negative LW004: Fastify handler logs the failed Knex insert with request.log.error and replies 503
import Fastify from "fastify";
import knexFactory from "knex";

const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
const app = Fastify({ logger: true });

app.post<{ Body: { sku: string; qty: number } }>("/reservations", async (request, reply) => {
  try {
    const [row] = await knex("reservations").insert({ sku: request.body.sku, qty: request.body.qty }).returning("id");
    return reply.code(201).send({ id: row.id });
  } catch (err) {
    request.log.error({ err }, "reservation insert failed");
    return reply.code(503).send({ error: "reservation not stored" });
  }
});

export default app;
