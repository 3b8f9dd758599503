// positive LW004: Fastify webhook receiver stores the delivery with knex inside try { } catch { } that ignores the error outright, then answers 200 so the sender never retries
import Fastify from "fastify";
import knexFactory from "knex";

const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
const app = Fastify({ logger: true });

function verify(req) {
  return req.headers["x-hook-secret"] === process.env.HOOK_SECRET;
}

app.post("/hooks/carrier", async (req, reply) => {
  if (!verify(req)) return reply.code(401).send();
  const { tracking_number: tracking, status, event_time: at } = req.body;

  try {
    await knex("carrier_events").insert({
      tracking,
      status,
      event_time: at,
      raw: JSON.stringify(req.body),
      received_at: knex.fn.now(),
    });
  } catch {}

  return reply.code(200).send({ ok: true });
});

app.get("/shipments/:tracking/events", async (req) => {
  return knex("carrier_events").where({ tracking: req.params.tracking }).orderBy("event_time");
});

await app.listen({ port: 8080, host: "0.0.0.0" });
