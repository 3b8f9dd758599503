// positive LW005: Fastify route pushes the reading into an in-memory write-behind buffer flushed by setInterval and answers 201 {stored:true} right away
import Fastify from "fastify";
import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL);
const app = Fastify({ logger: true });

const buffer = [];

async function flush() {
  if (buffer.length === 0) return;
  const batch = buffer.splice(0, buffer.length);
  try {
    await sql`insert into meter_readings ${sql(batch, "meter_id", "kwh", "read_at")}`;
  } catch (err) {
    app.log.error({ err, n: batch.length }, "meter flush failed");
  }
}

setInterval(flush, 2000).unref();

app.post("/meters/:meterId/readings", async (request, reply) => {
  const { kwh, readAt } = request.body;
  if (typeof kwh !== "number") return reply.code(400).send({ error: "kwh must be a number" });
  buffer.push({ meter_id: request.params.meterId, kwh, read_at: new Date(readAt ?? Date.now()) });
  return reply.code(201).send({ stored: true });
});

app.get("/meters/:meterId/readings", async (request) => {
  return sql`select kwh, read_at from meter_readings where meter_id = ${request.params.meterId} order by read_at desc limit 100`;
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: "0.0.0.0" });
