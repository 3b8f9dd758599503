// positive LW002: Fastify onResponse hook releases the request's pg client while the handler's UPDATE was not awaited
import Fastify from "fastify";
import { Pool, type PoolClient } from "pg";

declare module "fastify" {
  interface FastifyRequest {
    pg: PoolClient;
  }
}

const pool = new Pool();
const app = Fastify();

app.addHook("onRequest", async (request) => {
  request.pg = await pool.connect();
});

app.addHook("onResponse", async (request) => {
  request.pg.release();
});

app.get<{ Params: { id: string } }>("/tickets/:id", async (request) => {
  const { rows } = await request.pg.query("SELECT * FROM tickets WHERE id = $1", [request.params.id]);
  request.pg.query("UPDATE tickets SET last_opened_at = now() WHERE id = $1", [request.params.id]);
  return rows[0] ?? null;
});

export default app;
