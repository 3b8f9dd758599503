// negative LW001: Fastify route fires off prefetchRelated() without awaiting it, but that work only reads and fills an in-process Map; it stores nothing
import Fastify from "fastify";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();
const app = Fastify({ logger: true });
const relatedCache = new Map();

async function prefetchRelated(link) {
  const related = await prisma.link.findMany({
    where: { ownerId: link.ownerId, NOT: { id: link.id } },
    take: 5,
    orderBy: { createdAt: "desc" },
  });
  relatedCache.set(link.id, { related, at: Date.now() });
}

app.get("/links/:slug", async (request, reply) => {
  const link = await prisma.link.findUnique({ where: { slug: request.params.slug } });
  if (!link) {
    return reply.code(404).send({ error: "unknown link" });
  }
  // warm the in-memory cache for the sidebar; losing this is harmless
  prefetchRelated(link).catch((err) => request.log.debug({ err }, "prefetch skipped"));
  return { slug: link.slug, target: link.target, related: relatedCache.get(link.id)?.related ?? [] };
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: "0.0.0.0" });
