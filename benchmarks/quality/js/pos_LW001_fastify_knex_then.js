// positive LW001: Knex insert chained with .then() in a Fastify route; nothing awaits or returns the chain
const fastify = require("fastify")({ logger: true });
const knex = require("knex")({ client: "pg", connection: process.env.DATABASE_URL });

fastify.post("/links/:code/click", async (request, reply) => {
  const link = await knex("links").where({ code: request.params.code }).first();
  if (!link) {
    return reply.code(404).send({ error: "unknown link" });
  }

  knex("click_events")
    .insert({ link_id: link.id, ip: request.ip, ua: request.headers["user-agent"] })
    .then(() => request.log.debug({ link: link.id }, "click stored"));

  return { url: link.url };
});

fastify.listen({ port: 3000 });
