// negative LW004: Fastify webhook receiver treats only a unique violation (23505, an already stored delivery) as success; any other knex insert error is rethrown and answers 500
import Fastify from "fastify";
import knexFactory from "knex";

const knex = knexFactory({ client: "pg", connection: process.env.DATABASE_URL });
const app = Fastify({ logger: true });

const UNIQUE_VIOLATION = "23505";

app.post("/hooks/carrier", async (req, reply) => {
  if (req.headers["x-hook-secret"] !== process.env.HOOK_SECRET) return reply.code(401).send();
  const { delivery_id: deliveryId, tracking_number: tracking, status, event_time: at } = req.body;

  try {
    await knex("carrier_events").insert({
      delivery_id: deliveryId,
      tracking,
      status,
      event_time: at,
      raw: JSON.stringify(req.body),
      received_at: knex.fn.now(),
    });
  } catch (err) {
    if (err.code !== UNIQUE_VIOLATION) {
      req.log.error({ err, deliveryId }, "carrier event not stored");
      throw err;
    }
    req.log.info({ deliveryId }, "duplicate delivery, already stored");
  }

  return reply.code(200).send({ ok: true });
});

await app.listen({ port: 8080, host: "0.0.0.0" });
