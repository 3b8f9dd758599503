// positive LW001: Fastify redirect route calls persistClick() (which creates a Prisma row two calls down) without awaiting it
import Fastify from "fastify";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();
const app = Fastify({ logger: true });

function clickRow(link, request) {
  return {
    linkId: link.id,
    referrer: request.headers.referer ?? null,
    userAgent: request.headers["user-agent"] ?? null,
    createdAt: new Date(),
  };
}

async function writeClick(row) {
  return prisma.click.create({ data: row });
}

async function persistClick(link, request) {
  const row = clickRow(link, request);
  await writeClick(row);
}

app.get("/r/:slug", async (request, reply) => {
  const link = await prisma.link.findUnique({ where: { slug: request.params.slug } });
  if (!link) {
    return reply.code(404).send({ error: "unknown link" });
  }
  persistClick(link, request);
  return reply.redirect(link.target, 302);
});

app.get("/links/:slug/stats", async (request) => {
  const link = await prisma.link.findUniqueOrThrow({ where: { slug: request.params.slug } });
  const clicks = await prisma.click.count({ where: { linkId: link.id } });
  return { slug: link.slug, clicks };
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: "0.0.0.0" });
