// positive LW001: Fastify download route calls recordDownload(), a helper returning a Prisma create, without awaiting it before streaming the file
import Fastify from "fastify";
import { PrismaClient } from "@prisma/client";
import { createReadStream } from "node:fs";
import { join } from "node:path";

const prisma = new PrismaClient();
const app = Fastify({ logger: true });
const RELEASES_DIR = process.env.RELEASES_DIR ?? "/srv/releases";

function recordDownload(db, release, request) {
  return db.downloadEvent.create({
    data: {
      releaseId: release.id,
      ip: request.ip,
      userAgent: request.headers["user-agent"] ?? "",
      at: new Date(),
    },
  });
}

app.get("/releases", async () => {
  return prisma.release.findMany({ where: { published: true }, orderBy: { createdAt: "desc" } });
});

app.get("/releases/:version/download", async (request, reply) => {
  const release = await prisma.release.findUnique({ where: { version: request.params.version } });
  if (!release || !release.published) {
    return reply.code(404).send({ error: "unknown release" });
  }
  recordDownload(prisma, release, request);
  reply.header("content-disposition", `attachment; filename="${release.fileName}"`);
  return reply.send(createReadStream(join(RELEASES_DIR, release.fileName)));
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: "0.0.0.0" });
