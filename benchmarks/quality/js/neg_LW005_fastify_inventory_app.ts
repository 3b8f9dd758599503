// negative LW005: a Fastify inventory app whose success responses all come after the awaited writes; only an in-process metrics counter is deferred
import Fastify from "fastify";
import postgres from "postgres";
import { Redis } from "ioredis";
import { Counter } from "prom-client";

const sql = postgres(process.env.DATABASE_URL!);
const redis = new Redis(process.env.REDIS_URL!);
const adjustments = new Counter({ name: "stock_adjustments_total", help: "stock adjustments" });
const app = Fastify({ logger: true });

app.get<{ Params: { sku: string } }>("/stock/:sku", async (request) => {
  const cached = await redis.get(`stock:${request.params.sku}`);
  if (cached) return JSON.parse(cached);
  const [row] = await sql`SELECT sku, on_hand FROM stock WHERE sku = ${request.params.sku}`;
  return row ?? null;
});

app.post<{ Params: { sku: string }; Body: { delta: number; reason: string } }>("/stock/:sku/adjust", async (request, reply) => {
  const { sku } = request.params;
  const [row] = await sql.begin(async (tx) => {
    await tx`INSERT INTO stock_moves (sku, delta, reason) VALUES (${sku}, ${request.body.delta}, ${request.body.reason})`;
    return tx`UPDATE stock SET on_hand = on_hand + ${request.body.delta} WHERE sku = ${sku} RETURNING sku, on_hand`;
  });
  setImmediate(() => adjustments.inc());
  await redis.del(`stock:${sku}`);
  return reply.code(201).send({ ok: true, stock: row });
});

app.post<{ Body: { skus: string[] } }>("/stock/recount", async (request, reply) => {
  const job = await sql`INSERT INTO recount_jobs (skus, status) VALUES (${request.body.skus}, 'pending') RETURNING id`;
  return reply.code(202).send({ status: "pending", jobId: job[0].id, statusUrl: `/stock/recount/${job[0].id}` });
});

export default app;
