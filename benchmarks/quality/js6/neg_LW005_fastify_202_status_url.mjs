// negative LW005: Fastify import endpoint stores the job row (awaited) and answers 202 Accepted with a status URL; processing happens in the background
import Fastify from "fastify";
import postgres from "postgres";
import { randomUUID } from "node:crypto";

const sql = postgres(process.env.DATABASE_URL);
const app = Fastify({ logger: true });

async function processImport(jobId) {
  try {
    const [job] = await sql`select payload from import_jobs where id = ${jobId}`;
    const rows = job.payload.rows.map((r) => ({ sku: r.sku, price_cents: Math.round(r.price * 100) }));
    await sql.begin(async (tx) => {
      await tx`insert into prices ${tx(rows, "sku", "price_cents")} on conflict (sku) do update set price_cents = excluded.price_cents`;
      await tx`update import_jobs set status = 'done', finished_at = now() where id = ${jobId}`;
    });
  } catch (err) {
    app.log.error({ err, jobId }, "import failed");
    await sql`update import_jobs set status = 'failed', error = ${String(err)} where id = ${jobId}`;
  }
}

app.post("/imports", async (request, reply) => {
  const id = randomUUID();
  await sql`insert into import_jobs (id, status, payload, created_at) values (${id}, 'queued', ${sql.json(request.body)}, now())`;
  setImmediate(() => processImport(id));
  return reply.code(202).header("location", `/imports/${id}`).send({ id, status: "queued", statusUrl: `/imports/${id}` });
});

app.get("/imports/:id", async (request, reply) => {
  const [job] = await sql`select id, status, error, finished_at from import_jobs where id = ${request.params.id}`;
  return job ?? reply.code(404).send({ error: "not found" });
});

await app.listen({ port: 3000 });
