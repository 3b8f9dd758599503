// positive LW001: a Fastify route discards prisma.auditLog.create(...) with the `void` operator; its failure goes nowhere
import Fastify from "fastify";
import { PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();
const app = Fastify({ logger: true });

app.delete<{ Params: { id: string } }>("/projects/:id", async (request, reply) => {
  const project = await prisma.project.delete({ where: { id: request.params.id } });
  void prisma.auditLog.create({
    data: { action: "project.delete", subject: project.id, actor: request.headers["x-user"] as string },
  });
  return reply.code(204).send();
});

app.get<{ Params: { id: string } }>("/projects/:id", async (request) => {
  return prisma.project.findUniqueOrThrow({ where: { id: request.params.id } });
});

export default app;
