// negative LW001: Fastify download route awaits recordDownload(); the helper returns the Prisma promise to its caller instead of dropping it
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

app.get("/releases/:version/download", async (request, reply) => {
  const release = await prisma.release.findUnique({ where: { version: request.params.version } });
  if (!release || !release.published) {
    return reply.code(404).send({ error: "unknown release" });
  }
  await recordDownload(prisma, release, request);
  reply.header("content-disposition", `attachment; filename="${release.fileName}"`);
  return reply.send(createReadStream(join(RELEASES_DIR, release.fileName)));
});

app.addHook("onClose", async () => {
  await prisma.$disconnect();
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: "0.0.0.0" });
